import { EVENTS, on, TOPICS, type EventHandler } from '@binome/events';
import type { NotificationPlanner } from '../notifications/notification.planner';

const { SurveyDue } = EVENTS;

/** Scheduling's consumer group on impact's topic. */
export const SURVEYS_GROUP = 'scheduling-surveys';

/**
 * Survey reminders from impact (`binome.impact.v1`): a `SurveyDue` plans one email to the person
 * (ids only; the id is the survey's and the recipient's, so a redelivery plans nothing twice; impact's
 * last reminder before the wave closes, `reminder` 2, is a second email).
 * The sender asks impact for the personal link when it sends, and drops the email if the survey
 * was answered meanwhile. A payload without its ids goes to the dead-letter topic.
 */
export function surveyEventsConsumer(
  d: { notifications: NotificationPlanner; now: () => Date; nudge: () => void },
  group = SURVEYS_GROUP,
  topic: string = TOPICS.impact,
) {
  const handlers: EventHandler<unknown>[] = [
    on(SurveyDue, async (e, envelope) => {
      const kind = e.respondent === 'beneficiary' || e.respondent === 'volunteer' ? e.respondent : undefined;
      if (!e.surveyId || !envelope.territoryId || !e.personId || !kind)
        throw new Error('SurveyDue without survey, territory or person ids');
      const now = d.now();
      await d.notifications.plan(
        [
          {
            territoryId: envelope.territoryId,
            kind: 'survey-reminder',
            about: { surveyId: e.surveyId, ...(e.pairId ? { pairId: e.pairId } : {}) },
            recipient: { kind, id: e.personId },
            dueAt: now,
            // The last reminder before the wave closes is a second email, not a redelivery of the first.
            ...(e.reminder >= 2 ? { suffix: 'last' } : {}),
          },
        ],
        now,
      );
      d.nudge();
    }),
  ];
  return { group, topics: [topic], handlers };
}
