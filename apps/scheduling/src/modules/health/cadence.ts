/**
 * Cadence health of a pair: pure, from the pair's start and its meetings' outcomes.
 * Milestones: the first meeting within `firstMeetingWithinDays` of the start, then
 * `meetingsPerMonth` a month; the defaults are the programme's, a territory may set its own (TERRITORY_POLICIES).
 */
export const HEALTH_STATUSES = ['on-track', 'needs-check-in', 'at-risk'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export type HealthReasonCode = 'no-meeting-yet' | 'days-without-meeting' | 'no-shows-in-a-row' | 'behind-plan';
export interface HealthReason {
  code: HealthReasonCode;
  /** The figure behind the reason (days, no-shows, meetings behind). */
  value: number;
  text: string;
}

export interface CadencePolicy {
  firstMeetingWithinDays: number;
  meetingsPerMonth: number;
}
export const DEFAULT_CADENCE: CadencePolicy = { firstMeetingWithinDays: 14, meetingsPerMonth: 2 };

/** What the rule needs of a meeting: when, and how it ended (planned ones are not outcomes yet). */
export interface MeetingOutcome {
  startsAt: Date;
  status: 'planned' | 'held' | 'cancelled' | 'missed';
}

const DAY_MS = 86_400_000;
const days = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

/** Meetings the plan expects by `now`: none before the first milestone, then one at it and `perMonth` a month after it. */
export function expectedMeetings(startedOn: Date, now: Date, policy: CadencePolicy = DEFAULT_CADENCE): number {
  const elapsed = days(startedOn, now);
  if (elapsed < policy.firstMeetingWithinDays) return 0;
  return 1 + Math.floor(((elapsed - policy.firstMeetingWithinDays) * policy.meetingsPerMonth) / 30);
}

const rank: Record<HealthStatus, number> = { 'on-track': 0, 'needs-check-in': 1, 'at-risk': 2 };
export const healthRank = (s: HealthStatus): number => rank[s];
const worst = (a: HealthStatus, b: HealthStatus): HealthStatus => (rank[a] >= rank[b] ? a : b);

/**
 * The health status and its reasons. Needs a check-in: the first meeting is overdue, 21 days
 * without a meeting, one meeting behind plan… At risk: 2 no-shows in a row, 35 days without a
 * meeting, 3 meetings behind plan.
 */
export function cadenceHealth(
  startedOn: Date,
  meetings: readonly MeetingOutcome[],
  now: Date,
  policy: CadencePolicy = DEFAULT_CADENCE,
): { status: HealthStatus; reasons: HealthReason[] } {
  const past = meetings
    .filter((m) => m.startsAt <= now && (m.status === 'held' || m.status === 'missed'))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const held = past.filter((m) => m.status === 'held');
  const reasons: HealthReason[] = [];
  let status: HealthStatus = 'on-track';

  const lastHeld = held.at(-1);
  if (!lastHeld) {
    const since = days(startedOn, now);
    if (since > policy.firstMeetingWithinDays) {
      reasons.push({ code: 'no-meeting-yet', value: since, text: `no meeting ${since} days after the start` });
      status = worst(status, since > 2 * policy.firstMeetingWithinDays ? 'at-risk' : 'needs-check-in');
    }
  } else {
    const since = days(lastHeld.startsAt, now);
    if (since >= 21) {
      reasons.push({ code: 'days-without-meeting', value: since, text: `${since} days without a meeting` });
      status = worst(status, since >= 35 ? 'at-risk' : 'needs-check-in');
    }
  }

  let noShows = 0;
  for (let i = past.length - 1; i >= 0 && past[i].status === 'missed'; i--) noShows++;
  if (noShows >= 1) {
    reasons.push({ code: 'no-shows-in-a-row', value: noShows, text: noShows === 1 ? '1 no-show' : `${noShows} no-shows in a row` });
    status = worst(status, noShows >= 2 ? 'at-risk' : 'needs-check-in');
  }

  const behind = expectedMeetings(startedOn, now, policy) - held.length;
  if (behind >= 2) {
    reasons.push({ code: 'behind-plan', value: behind, text: `behind plan by ${behind} meetings` });
    status = worst(status, behind >= 3 ? 'at-risk' : 'needs-check-in');
  }
  return { status, reasons };
}
