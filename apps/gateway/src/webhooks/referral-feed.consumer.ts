import { referralEvents } from '@binome/contracts';
import { EVENTS, on, TOPICS, type EventEnvelope, type EventHandler } from '@binome/events';
import type { Logger } from '@binome/logging';
import type { FeedItem, WebhookStore } from './webhook.store';

export const { ReferralIssued, ReferralStatusChanged, ReferralErased } = EVENTS;

export const WEBHOOKS_GROUP = 'gateway-webhooks';

const DIRECTIONS: Record<number, string> = {
  [referralEvents.ReferralDirection.REFERRAL_DIRECTION_OUTBOUND]: 'outbound',
  [referralEvents.ReferralDirection.REFERRAL_DIRECTION_INBOUND]: 'inbound',
};

/** The JSON a partner receives: stable names, ISO dates, nothing beyond the event's own fields. */
function bodyOf(envelope: EventEnvelope, type: string, partnerId: string, territoryId: string, data: Record<string, unknown>): string {
  return JSON.stringify({
    id: envelope.id,
    type,
    occurredAt: (envelope.occurredAt ?? new Date()).toISOString(),
    partnerId,
    territoryId,
    data,
  });
}

/**
 * Consumes `binome.referrals.v1` (group `gateway-webhooks`) and files each referral event for the
 * one partner it is addressed to (`partnerId`), with a delivery per active endpoint of that partner.
 * Sending is the dispatcher's job, so a slow partner never holds the consumer up.
 */
export function referralFeedConsumer(
  store: WebhookStore,
  logger: Logger,
  nudge: () => void,
  group = WEBHOOKS_GROUP,
  topic: string = TOPICS.referrals,
) {
  const file = async (envelope: EventEnvelope, fields: Omit<FeedItem, '_id' | 'occurredAt' | 'receivedAt'>) => {
    if (!fields.partnerId || !fields.referralId) {
      logger.warn({ eventId: envelope.id, type: fields.type }, 'referral event without partner or referral id ignored');
      return;
    }
    await store.record({ _id: envelope.id, occurredAt: envelope.occurredAt ?? new Date(), receivedAt: new Date(), ...fields });
    nudge();
  };

  const handlers: EventHandler<unknown>[] = [
    on(ReferralIssued, async (e, envelope) => {
      const territoryId = e.territoryId || envelope.territoryId;
      const data = {
        referralId: e.referralId,
        direction: DIRECTIONS[e.direction] ?? 'unspecified',
        reason: e.reason,
        person: e.person ?? null,
        issuedAt: e.issuedAt?.toISOString() ?? null,
      };
      await file(envelope, {
        partnerId: e.partnerId,
        referralId: e.referralId,
        territoryId,
        type: 'referral.issued',
        body: bodyOf(envelope, 'referral.issued', e.partnerId, territoryId, data),
      });
    }),
    on(ReferralStatusChanged, async (e, envelope) => {
      const territoryId = e.territoryId || envelope.territoryId;
      const data = { referralId: e.referralId, status: e.status, outcome: e.outcome || null };
      await file(envelope, {
        partnerId: e.partnerId,
        referralId: e.referralId,
        territoryId,
        type: 'referral.status_changed',
        body: bodyOf(envelope, 'referral.status_changed', e.partnerId, territoryId, data),
      });
    }),
    on(ReferralErased, async (e, envelope) => {
      const territoryId = e.territoryId || envelope.territoryId;
      if (e.partnerId && e.referralId) await store.erase(e.partnerId, e.referralId);
      await file(envelope, {
        partnerId: e.partnerId,
        referralId: e.referralId,
        territoryId,
        type: 'referral.erased',
        body: bodyOf(envelope, 'referral.erased', e.partnerId, territoryId, { referralId: e.referralId }),
      });
    }),
  ];
  return { group, topics: [topic], handlers };
}
