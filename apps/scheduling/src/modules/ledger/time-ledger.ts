/**
 * The volunteer's time ledger: skills sponsorship is capped at 3.5 days over the six months,
 * at `hoursPerDay` a day (7 by default; TERRITORY_POLICIES per territory). Pure.
 */
export interface LedgerPolicy {
  capDays: number;
  hoursPerDay: number;
}
export const DEFAULT_LEDGER: LedgerPolicy = { capDays: 3.5, hoursPerDay: 7 };

export const capHours = (p: LedgerPolicy = DEFAULT_LEDGER): number => p.capDays * p.hoursPerDay;

/** What counts against the cap: an activity planned or held, by its duration (meetings by default). */
export interface LedgerEntry {
  durationMinutes: number;
  status: 'planned' | 'held' | 'cancelled' | 'missed';
  source?: LedgerSource;
}
export type LedgerSource = 'training' | 'meeting' | 'event';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export interface Ledger {
  capHours: number;
  plannedHours: number;
  heldHours: number;
  hoursLeft: number;
}

export function ledgerOf(entries: readonly LedgerEntry[], policy: LedgerPolicy = DEFAULT_LEDGER): Ledger {
  const sum = (s: LedgerEntry['status']) => hours(entries.filter((e) => e.status === s).reduce((n, e) => n + e.durationMinutes, 0));
  const plannedHours = sum('planned');
  const heldHours = sum('held');
  const cap = capHours(policy);
  return {
    capHours: cap,
    plannedHours,
    heldHours,
    hoursLeft: Math.round((cap - plannedHours - heldHours) * 100) / 100,
  };
}

/** Hours by source (the training day, meetings, the promotion's calendar events), planned and held or only held. */
export function hoursBySource(
  entries: readonly LedgerEntry[],
  statuses: readonly LedgerEntry['status'][] = ['planned', 'held'],
): Record<LedgerSource, number> {
  const counted = entries.filter((e) => statuses.includes(e.status));
  const sum = (source: LedgerSource) =>
    hours(counted.filter((e) => (e.source ?? 'meeting') === source).reduce((n, e) => n + e.durationMinutes, 0));
  return { training: sum('training'), meeting: sum('meeting'), event: sum('event') };
}

/** Would one more activity of `durationMinutes` go over the cap? */
export const exceedsCap = (ledger: Ledger, durationMinutes: number): boolean => hours(durationMinutes) > ledger.hoursLeft + 1e-9;

/** The programme's plan at a pair's start: training day(s), the meetings, the REX evening. */
export interface PlanShape {
  trainingDays: number;
  meetings: number;
  meetingMinutes: number;
  rexEveningHours: number;
}
export const DEFAULT_PLAN: PlanShape = { trainingDays: 1, meetings: 10, meetingMinutes: 120, rexEveningHours: 3 };

export interface Forecast {
  plan: PlanShape;
  plannedHours: number;
  capHours: number;
  fits: boolean;
  /** Hours over the cap (0 when it fits). */
  overByHours: number;
  message: string;
}

/** Does the plan fit the cap? Said with the figures (1 training day + 10 × 2 h + REX 3 h = 30 h > 24.5 h). */
export function forecastPlan(plan: PlanShape = DEFAULT_PLAN, policy: LedgerPolicy = DEFAULT_LEDGER): Forecast {
  const cap = capHours(policy);
  const planned = plan.trainingDays * policy.hoursPerDay + plan.meetings * hours(plan.meetingMinutes) + plan.rexEveningHours;
  const over = Math.max(0, Math.round((planned - cap) * 100) / 100);
  const parts = `${plan.trainingDays} training day(s) + ${plan.meetings} meetings of ${hours(plan.meetingMinutes)} h + REX ${plan.rexEveningHours} h = ${planned} h`;
  return {
    plan,
    plannedHours: planned,
    capHours: cap,
    fits: over === 0,
    overByHours: over,
    message:
      over === 0
        ? `${parts}, within the cap of ${cap} h`
        : `${parts}: exceeds the cap of ${cap} h (${policy.capDays} days at ${policy.hoursPerDay} h) by ${over} h`,
  };
}
