import { AssignerProtocol, type Admin } from 'kafkajs';
import {
  events,
  impactEvents,
  matchingEvents,
  recruitmentEvents,
  referralEvents,
  resourcesEvents,
  schedulingEvents,
  workshopsEvents,
} from '@binome/contracts';
import { createEnvelope, encodeEnvelope, EVENTS, TOPICS, type EventType } from '@binome/events';

/** A consumer group of the run, and the topics its members subscribe to (read from the broker). */
export interface GroupSubscription {
  group: string;
  topics: string[];
}

/**
 * The consumer groups whose id starts with `prefix` and the topics each subscribes to, from the
 * members' own metadata: nothing is listed by hand, so a new consumer is covered when it starts.
 * Waits until `minGroups` groups are stable (a group still rebalancing has no members yet).
 */
export async function discoverGroups(admin: Admin, prefix: string, minGroups: number, timeoutMs = 60_000): Promise<GroupSubscription[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ids = (await admin.listGroups()).groups.map((g) => g.groupId).filter((id) => id.startsWith(prefix));
    const described = ids.length ? (await admin.describeGroups(ids)).groups : [];
    const stable = described.filter((g) => g.state === 'Stable' && g.members.length > 0);
    if (stable.length >= minGroups && stable.length === described.length)
      return stable
        .map((g) => ({
          group: g.groupId,
          topics: [...new Set(g.members.flatMap((m) => AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics ?? []))].sort(),
        }))
        .sort((a, b) => a.group.localeCompare(b.group));
    if (Date.now() > deadline)
      throw new Error(
        `consumer groups ${prefix}*: ${described.map((g) => `${g.groupId}=${g.state}`).join(', ') || 'none'} after ${timeoutMs} ms`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The event types published on a topic: the payloads of its producer's proto file. */
const FAMILIES: Record<string, Record<string, unknown>> = {
  [TOPICS.recruitment]: recruitmentEvents,
  [TOPICS.matching]: matchingEvents,
  [TOPICS.scheduling]: schedulingEvents,
  [TOPICS.workshops]: workshopsEvents,
  [TOPICS.resources]: resourcesEvents,
  [TOPICS.impact]: impactEvents,
  [TOPICS.referrals]: referralEvents,
};

export function eventTypesOf(topic: string): EventType<unknown>[] {
  const family = Object.values(FAMILIES[topic] ?? {});
  return Object.values(EVENTS).filter((t) => family.includes(t.codec)) as EventType<unknown>[];
}

export const typeName = (type: EventType<unknown>) => type.name.split('.').pop() ?? type.name;

export interface Poison {
  kind: string;
  value: Buffer | null;
}

const envelopeOf = (type: EventType<unknown>, payload: Buffer, run: string) => ({
  ...createEnvelope({
    type,
    payload: {},
    territoryId: 'rennes',
    aggregateType: 'fuzz',
    aggregateId: `${run}-aggregate`,
    source: 'fuzz',
  }),
  payload,
});

/**
 * The poison messages for one topic: not protobuf (text, JSON, binary), empty, another protobuf
 * message, an envelope lacking its ids, a type no event has, an envelope of each of the topic's
 * types whose payload is not that type (truncated, wrong wire type, JSON), and one at the
 * broker's default size limit (1,048,588 bytes a batch), whose dead letter, wrapping it, is over it.
 */
export function poisonFor(topic: string, run: string, hugeBytes = 1_048_400): Poison[] {
  const types = eventTypesOf(topic);
  const first = types[0] ?? (EVENTS.CandidateApplied as EventType<unknown>);
  const foreignProtobuf = Buffer.from(
    events.DeadLetter.encode({
      originalTopic: topic,
      originalPartition: 0,
      originalOffset: '0',
      originalKey: Buffer.alloc(0),
      originalValue: Buffer.from('x'),
      consumerGroup: 'fuzz',
      reason: 'fuzz',
      detail: '',
      attempts: 1,
      failedAt: new Date(),
    }).finish(),
  );
  const payloads: { kind: string; payload: Buffer }[] = [
    // Field 1 declared 255 bytes long, 1 given.
    { kind: 'truncated', payload: Buffer.from([0x0a, 0xff, 0x01, 0x41]) },
    // Field 1 with wire type 7, which does not exist.
    { kind: 'wire-type-7', payload: Buffer.from([0x0f, 0x01, 0x02]) },
    { kind: 'json', payload: Buffer.from(JSON.stringify({ candidateId: { $gt: '' } })) },
  ];
  return [
    { kind: 'text', value: Buffer.from('this is not protobuf \u0000\u00ff {"$where": "1"}') },
    { kind: 'json', value: Buffer.from(JSON.stringify({ type: first.name, payload: { $gt: '' } })) },
    { kind: 'binary-garbage', value: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]) },
    { kind: 'empty', value: null },
    { kind: 'foreign-protobuf', value: foreignProtobuf },
    { kind: 'envelope-without-ids', value: encodeEnvelope({ ...envelopeOf(first, Buffer.alloc(0), run), id: '', aggregateId: '' }) },
    {
      kind: 'unknown-type',
      value: encodeEnvelope({ ...envelopeOf(first, Buffer.alloc(0), run), type: 'binome.events.v1.FuzzNoSuchEvent' }),
    },
    ...types.flatMap((type) =>
      payloads.map(({ kind, payload }) => ({
        kind: `${typeName(type)}:payload-${kind}`,
        value: encodeEnvelope(envelopeOf(type, payload, run)),
      })),
    ),
    { kind: 'huge', value: Buffer.alloc(hugeBytes, 0x7b) },
  ];
}

/**
 * String fields whose contract comment closes their vocabulary (`// "beneficiary" or "volunteer".`
 * in proto/binome/events/v1): a well-behaved producer sends one of the listed words, and a handler
 * may refuse anything else (scheduling's survey reminders refuse an unknown respondent).
 */
const CLOSED_VOCABULARIES: Record<string, string> = { respondent: 'beneficiary', wave: 'T3' };

/**
 * A valid envelope of `type` whose payload has every string field set (ids of this run, the
 * territory `rennes`) and every time field now: what a well-behaved producer would send.
 */
export function validEnvelope(type: EventType<unknown>, run: string, n: number) {
  const defaults = type.codec.fromPartial({}) as Record<string, unknown>;
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(defaults)) {
    if (typeof value === 'string') payload[key] = /territory/i.test(key) ? 'rennes' : (CLOSED_VOCABULARIES[key] ?? `${run}-${key}-${n}`);
    else if (value === undefined && /(At|On|Date)$/.test(key)) payload[key] = new Date();
  }
  return createEnvelope({
    type,
    payload,
    territoryId: 'rennes',
    aggregateType: 'fuzz',
    aggregateId: `${run}-aggregate-${n}`,
    source: 'fuzz',
  });
}
