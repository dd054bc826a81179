// Public surface of the generated contracts (ts-proto). Generated files live in ./generated and
// are never edited: change proto/ and run `npm run codegen`.
export * as events from './generated/binome/events/v1/envelope';
export * as recruitmentEvents from './generated/binome/events/v1/recruitment';
export * as referralEvents from './generated/binome/events/v1/referrals';
export * as recruitmentV1 from './generated/binome/recruitment/v1/recruitment_service';
export * as impactV1 from './generated/binome/impact/v1/impact_service';
export * as matchingEvents from './generated/binome/events/v1/matching';
export * as matchingV1 from './generated/binome/matching/v1/matching_service';
export * as schedulingEvents from './generated/binome/events/v1/scheduling';
export * as schedulingV1 from './generated/binome/scheduling/v1/scheduling_service';
export * as resourcesEvents from './generated/binome/events/v1/resources';
export * as resourcesV1 from './generated/binome/resources/v1/resources_service';
export * as workshopsEvents from './generated/binome/events/v1/workshops';
export * as impactEvents from './generated/binome/events/v1/impact';
export * as workshopsV1 from './generated/binome/workshops/v1/workshops_service';

/** The encode/decode pair every generated message exposes. */
export interface MessageCodec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
  fromPartial(object: Partial<T>): T;
}
/** Every event payload by name (generated from proto/binome/events/v1; use `EVENTS` from @binome/events). */
export { EVENT_MESSAGES } from './generated/event-registry';
