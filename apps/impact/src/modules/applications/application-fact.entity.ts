/**
 * One document per application, keyed by candidate id. Counting facts rather than incrementing a
 * counter makes the consumer idempotent by construction: a redelivered event upserts the same
 * document, so a count can never be applied twice, even without transactions.
 */
export interface ApplicationFact {
  _id: string;
  territoryId: string;
  channel: number;
  referringPartnerId?: string;
  appliedAt: Date;
  eventId: string;
}
