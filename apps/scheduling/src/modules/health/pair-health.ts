import { schedulingEvents } from '@binome/contracts';
import { EVENTS, createEnvelope, TOPICS } from '@binome/events';
import { outboxEntry } from '@binome/outbox';
import { territory } from '@binome/persistence';
import type { MeetingRepository } from '../meetings/meeting.repository';
import { alertNotification, type NotificationPlanner } from '../notifications/notification.planner';
import type { PairSchedule } from '../pairs/pair-schedule.entity';
import type { PairScheduleRepository } from '../pairs/pair-schedule.repository';
import { cadenceHealth, healthRank, type HealthStatus } from './cadence';
import { cadencePolicyOf, type PoliciesOf } from '../territory-policy';

const { AlertRaised, AlertCleared } = EVENTS;

const CODES: Record<HealthStatus, schedulingEvents.PairHealthStatus> = {
  'on-track': schedulingEvents.PairHealthStatus.PAIR_HEALTH_STATUS_ON_TRACK,
  'needs-check-in': schedulingEvents.PairHealthStatus.PAIR_HEALTH_STATUS_NEEDS_CHECK_IN,
  'at-risk': schedulingEvents.PairHealthStatus.PAIR_HEALTH_STATUS_AT_RISK,
};

/**
 * Recomputes a pair's cadence health from its meetings and stores it when its status changed,
 * with `AlertRaised` (worse) or `AlertCleared` (back on track) in the same write. The stored
 * status is the compare-and-set guard, so two concurrent refreshes raise one alert.
 */
export async function refreshHealth(
  d: {
    pairs: PairScheduleRepository;
    meetings: MeetingRepository;
    notifications?: NotificationPlanner;
    policies?: PoliciesOf;
    mailNudge?: () => void;
  },
  pair: PairSchedule,
  now: Date,
) {
  const health = cadenceHealth(
    pair.startedOn,
    await d.meetings.ofPair(territory(pair.territoryId), pair._id),
    now,
    cadencePolicyOf(d.policies, pair.territoryId),
  );
  const from = pair.health?.status ?? 'on-track';
  if (health.status === from && JSON.stringify(health.reasons) === JSON.stringify(pair.health?.reasons ?? [])) return health;
  const ids = { pairId: pair._id, territoryId: pair.territoryId, promotionId: pair.promotionId };
  const envelope = (e: ReturnType<typeof createEnvelope>) => outboxEntry(TOPICS.scheduling, e);
  const base = { territoryId: pair.territoryId, aggregateType: 'pair', aggregateId: pair._id, source: 'scheduling' };
  const events =
    health.status === from
      ? []
      : health.status === 'on-track'
        ? [envelope(createEnvelope({ ...base, type: AlertCleared, payload: { ...ids, previousStatus: CODES[from] } }))]
        : healthRank(health.status) > healthRank(from) || from === 'on-track'
          ? [
              envelope(
                createEnvelope({
                  ...base,
                  type: AlertRaised,
                  payload: {
                    ...ids,
                    status: CODES[health.status],
                    previousStatus: CODES[from],
                    reasonCodes: health.reasons.map((r) => r.code),
                  },
                }),
              ),
            ]
          : [];
  const stored = await d.pairs.setHealth(pair, from, health, events);
  // The Konnecteur's email, once the alert is stored (its id is the event's: planning it again is a no-op).
  const raised = stored && events.length && health.status !== 'on-track' ? events[0] : undefined;
  if (raised && d.notifications) {
    await d.notifications.plan(alertNotification({ ...pair, health: { ...health, computedAt: now } }, raised.id, now), now);
    d.mailNudge?.();
  }
  return health;
}
