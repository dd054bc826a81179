import { WAVE_MONTHS, WAVES, type Respondent, type Wave } from './questionnaire';

/** `day` (YYYY-MM-DD) plus whole months, the day clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Who answers which wave: the beneficiary at T0, T+3, T+6 and T+12; the volunteer at T+6. */
export const WAVES_OF: Record<Respondent, readonly Wave[]> = { beneficiary: WAVES, volunteer: ['T6'] };

export interface DueWave {
  respondent: Respondent;
  wave: Wave;
  dueOn: string;
}

/** Every survey of a pair and its due date, from the pair's start. */
export function surveyPlan(startedOn: string): DueWave[] {
  return (['beneficiary', 'volunteer'] as const).flatMap((respondent) =>
    WAVES_OF[respondent].map((wave) => ({ respondent, wave, dueOn: addMonths(startedOn, WAVE_MONTHS[wave]) })),
  );
}

/** A survey is overdue 30 days after its due date (Konnecteurs chase it). */
export const OVERDUE_AFTER_DAYS = 30;
export function dueState(dueOn: string, today: string): 'upcoming' | 'due' | 'overdue' {
  if (dueOn > today) return 'upcoming';
  return addDays(dueOn, OVERDUE_AFTER_DAYS) < today ? 'overdue' : 'due';
}

/**
 * The last reminder of a wave still unanswered: in the week before it closes, and at least a week
 * after the first (a wave whose first reminder came late gets no second one days later).
 */
export const LAST_REMINDER_DAYS_BEFORE_CLOSE = 7;
export const LAST_REMINDER_AFTER_FIRST_DAYS = 7;

export function addDays(day: string, days: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
