import type { Logger } from '@binome/logging';
import { surveyDue } from './survey.events';
import type { SurveyRepository } from './survey.repository';
import { addDays, LAST_REMINDER_AFTER_FIRST_DAYS, LAST_REMINDER_DAYS_BEFORE_CLOSE, OVERDUE_AFTER_DAYS } from './survey-schedule';

const BATCH = 200;

/**
 * Publishes `SurveyDue` once for each survey that has become due and is still unanswered, in the
 * same write that marks it reminded (outbox), so that a crash can neither lose nor repeat a
 * reminder. Scheduling turns the event into an email in the person's language. A survey already
 * overdue (a Konnecteur chases it) is not reminded: a person hears of a wave when it opens, not
 * of every wave of the past when reminders are switched on. A wave still unanswered in the week
 * before it closes gets one last reminder (`SurveyDue` with reminder 2), marked and published the
 * same way, if its first reminder is at least a week old.
 */
export class SurveyReminders {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly d: { surveys: SurveyRepository; topic: string; now: () => Date; logger: Logger },
    private readonly pollMs = 60_000,
  ) {}

  /** One pass; returns how many reminders it published (first and last). */
  async sweep(): Promise<number> {
    const today = this.d.now().toISOString().slice(0, 10);
    const from = addDays(today, -OVERDUE_AFTER_DAYS);
    let published = 0;
    for (;;) {
      const batch = await this.d.surveys.dueForReminder(from, today, BATCH);
      for (const s of batch) if (await this.d.surveys.markReminded(s, today, [surveyDue(this.d.topic, s)])) published++;
      if (batch.length < BATCH) break;
    }
    // Closing within the week: due on a day in [today − 30, today − 23].
    const closingTo = addDays(today, LAST_REMINDER_DAYS_BEFORE_CLOSE - OVERDUE_AFTER_DAYS);
    const remindedBy = addDays(today, -LAST_REMINDER_AFTER_FIRST_DAYS);
    for (;;) {
      const batch = await this.d.surveys.dueForLastReminder(from, closingTo, remindedBy, BATCH);
      for (const s of batch) if (await this.d.surveys.markLastReminded(s, today, [surveyDue(this.d.topic, s, 2)])) published++;
      if (batch.length < BATCH) return published;
    }
  }

  start(): void {
    this.stopped = false;
    const tick = () => {
      this.running = this.sweep()
        .then(
          (n) => (n ? this.d.logger.info({ reminders: n }, 'survey reminders published') : undefined),
          (e: Error) => this.d.logger.warn({ error: e.name, detail: e.message }, 'survey reminder sweep failed'),
        )
        .then(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.pollMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
