import { EVENT_MESSAGES } from '@binome/contracts';
import type { EventType } from './envelope';

type Messages = typeof EVENT_MESSAGES;
type PayloadOf<C> = C extends { decode(input: Uint8Array, ...rest: never[]): infer T } ? T : never;

/** One event type per generated payload, keyed by its message name: `EVENTS.CandidateApplied`. */
export type EventRegistry = { readonly [K in keyof Messages]: EventType<PayloadOf<Messages[K]['codec']>> };

/**
 * The registry of every event of the platform, built from the generated contracts (codegen writes
 * `EVENT_MESSAGES` from the protos): the name an event is published under and the name a consumer
 * listens for are the same constant, so they cannot disagree, and a misspelt key does not compile.
 */
export const EVENTS: EventRegistry = Object.fromEntries(
  Object.entries(EVENT_MESSAGES).map(([key, m]) => [key, { name: m.name, codec: m.codec, schemaVersion: 1 }]),
) as unknown as EventRegistry;

const BY_NAME = new Map<string, EventType<unknown>>(Object.values(EVENTS).map((t) => [t.name, t as EventType<unknown>]));

/** The registered type of a wire name (`binome.events.v1.CandidateApplied`), if any. */
export const registeredEventType = (name: string): EventType<unknown> | undefined => BY_NAME.get(name);

/** Is this exactly the registered type of its name (same codec), not a look-alike made by hand? */
export const isRegistered = (type: EventType<unknown>): boolean => BY_NAME.get(type.name)?.codec === type.codec;
