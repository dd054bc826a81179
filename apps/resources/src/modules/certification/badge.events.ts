import { EVENTS, createEnvelope, TOPICS, type EventType } from '@binome/events';
import { outboxEntry, type OutboxEntry } from '@binome/outbox';
import type { Badge } from './badge.entity';

export const { BadgeAwarded, BadgeRevoked } = EVENTS;

const envelopeOf = <T>(type: EventType<T>, b: Badge, payload: T) =>
  outboxEntry(
    TOPICS.resources,
    createEnvelope({ type, payload, territoryId: b.territoryId, aggregateType: 'badge', aggregateId: b._id, source: 'resources' }),
  );

/** Ids only: never the recipient's chosen name. */
export const badgeAwarded = (b: Badge): OutboxEntry =>
  envelopeOf(BadgeAwarded, b, {
    badgeId: b._id,
    territoryId: b.territoryId,
    achievementId: b.achievementId,
    recipientKind: b.recipient.kind,
    recipientId: b.recipient.id,
    awardedAt: b.awardedAt,
  });

export const badgeRevoked = (b: Badge, reason: string): OutboxEntry =>
  envelopeOf(BadgeRevoked, b, { badgeId: b._id, territoryId: b.territoryId, reason });
