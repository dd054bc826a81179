import { ServiceTokenProvider } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { LeasedDispatcher } from '@binome/outbox';
import { createServiceHost } from '@binome/service-host';
import type { SchedulingConfig } from './scheduling.config';
import { CalendarFeedRepository } from './modules/calendar/calendar-feed.repository';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { readCalendarFeedRoutes } from './modules/calendar/read-calendar-feed/read-calendar-feed.routes';
import { engagementRoutes } from './modules/engagement/engagement.routes';
import { healthRoutes } from './modules/health/health.routes';
import { getPairLedgerRoutes } from './modules/ledger/get-pair-ledger/get-pair-ledger.routes';
import { cancelFutureMeetings } from './modules/meetings/cancel-meeting/cancel-meeting.handler';
import { MeetingRepository } from './modules/meetings/meeting.repository';
import { meetingsRoutes } from './modules/meetings/meetings.routes';
import { PersonLocks } from './modules/meetings/person-locks';
import { AnswerLinkRepository } from './modules/notifications/answer-link.repository';
import { answerByLinkRoutes } from './modules/notifications/answer-by-link/answer-by-link.routes';
import { ContactRepository } from './modules/notifications/contact.repository';
import { Mailer } from './modules/notifications/mailer';
import { MeetingGuideClient } from './modules/notifications/meeting-guide.client';
import type { Notification } from './modules/notifications/notification.entity';
import { NotificationRepository } from './modules/notifications/notification.repository';
import { notificationSender } from './modules/notifications/notification.sender';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { pairEventsConsumer, PAIRS_GROUP } from './modules/pairs/pair-events.consumer';
import { PairScheduleRepository } from './modules/pairs/pair-schedule.repository';
import { RecruitmentClient } from './modules/pairs/recruitment.client';
import { recruitmentEventsConsumer, RECRUITMENT_GROUP } from './modules/people/recruitment-events.consumer';
import { CalendarEventRepository } from './modules/promotion-calendar/calendar-event.repository';
import { promotionCalendarRoutes } from './modules/promotion-calendar/promotion-calendar.routes';
import { PromotionTermRepository } from './modules/promotions/promotion-term.repository';
import { ImpactClient } from './modules/surveys/impact.client';
import { surveyEventsConsumer, SURVEYS_GROUP } from './modules/surveys/survey-events.consumer';
import { VolunteerFactRepository } from './modules/volunteers/volunteer-fact.repository';
import { workshopEventsConsumer, WORKSHOPS_GROUP } from './modules/workshops/workshop-events.consumer';
import { WorkshopSeatRepository } from './modules/workshops/workshop-seat.repository';
import { schedulingGrpc } from './scheduling.grpc';

export interface SchedulingOptions {
  /** Consumer group on matching's topic; tests use their own. */
  pairsGroup?: string;
  /** Matching's topic; tests publish pair events to their own. */
  matchingTopic?: string;
  /** Consumer group and topic of recruitment's events (volunteers' companies and training, erasure). */
  recruitmentGroup?: string;
  recruitmentTopic?: string;
  /** Consumer group and topic of workshops' events (waitlist promotions, told by email). */
  workshopsGroup?: string;
  workshopsTopic?: string;
  /** Consumer group and topic of impact's events (survey reminders). */
  surveysGroup?: string;
  impactTopic?: string;
  /** The clock the rules read (tests move it). */
  now?: () => Date;
}

/**
 * Composition root of the scheduling service. Pairs come from matching's events, volunteers'
 * companies, training days and erasures from recruitment's; a participant's own person ids from
 * recruitment over gRPC (`config.peers.recruitment`), with the caller's token; workshops' waitlist
 * promotions from its events (told by email); the reminders' meeting guide from resources over gRPC
 * (`config.peers.resources`, a service token). Emails go out when
 * the configuration has `scheduling.mail` (loadSchedulingConfig; a bare ServiceConfig sends none).
 */
export function createSchedulingService(
  config: ServiceConfig & Partial<Pick<SchedulingConfig, 'scheduling'>>,
  logger: Logger,
  options: SchedulingOptions = {},
) {
  const recruitmentAddress = config.peers.recruitment;
  if (!recruitmentAddress) throw new Error('PEERS must name recruitment=host:port');
  let recruitment: RecruitmentClient | undefined;
  let mailer: Mailer | undefined;
  let guides: MeetingGuideClient | undefined;
  let impact: ImpactClient | undefined;
  const topics = config.scheduling?.topics;
  const host = createServiceHost(config, logger, (ctx) => {
    const now = options.now ?? (() => new Date());
    const pairs = new PairScheduleRepository(ctx.connection);
    const meetings = new MeetingRepository(ctx.connection);
    recruitment = new RecruitmentClient(recruitmentAddress);
    const feeds = new CalendarFeedRepository(ctx.connection);
    const contacts = new ContactRepository(ctx.connection);
    const notificationStore = new NotificationRepository(ctx.connection);
    const answerLinks = new AnswerLinkRepository(ctx.connection);
    const calendarEvents = new CalendarEventRepository(ctx.connection);
    const volunteers = new VolunteerFactRepository(ctx.connection);
    const seats = new WorkshopSeatRepository(ctx.connection);
    const terms = new PromotionTermRepository(ctx.connection);
    // Reminders carry resources' meeting guide when a resources peer is configured.
    if (config.peers.resources)
      guides = new MeetingGuideClient(
        config.peers.resources,
        new ServiceTokenProvider({ keycloakUrl: config.keycloak.url, ...config.keycloak.serviceAccount }),
        logger,
      );
    const policies = config.scheduling?.territories ?? {};
    const mail = config.scheduling?.mail;
    // Survey reminders need impact's links, asked with scheduling's own service account.
    if (config.peers.impact)
      impact = new ImpactClient(
        config.peers.impact,
        new ServiceTokenProvider({ keycloakUrl: config.keycloak.url, ...config.keycloak.serviceAccount }),
      );
    let dispatcher: LeasedDispatcher<Notification> | undefined;
    const deps = {
      pairs,
      meetings,
      feeds,
      recruitment,
      contacts,
      volunteers,
      calendarEvents,
      seats,
      guides,
      answerLinks,
      notifications: notificationStore,
      notificationStore,
      locks: new PersonLocks(ctx.connection),
      policies,
      mailNudge: () => dispatcher?.nudge(),
      now,
      impact,
    };
    if (mail) {
      mailer = new Mailer(mail.smtpUrl, mail.from);
      dispatcher = new LeasedDispatcher<Notification>(
        notificationStore.collection,
        notificationSender({ ...deps, mail }, mailer),
        {
          name: 'email',
          pollMs: mail.pollMs,
          retryBaseMs: mail.retryBaseMs,
          retryMaxMs: mail.retryMaxMs,
          maxAttempts: mail.maxAttempts,
          now,
        },
        logger,
      );
    }
    return {
      topics: [TOPICS.scheduling],
      outbox: [meetings.collection, pairs.collection, calendarEvents.collection],
      routes: (r) => {
        meetingsRoutes(r, deps);
        healthRoutes(r, deps);
        getPairLedgerRoutes(r, deps);
        calendarRoutes(r, deps);
        promotionCalendarRoutes(r, deps);
        notificationsRoutes(r, deps);
        engagementRoutes(r, deps);
      },
      publicRoutes: (r) => {
        readCalendarFeedRoutes(r, deps);
        answerByLinkRoutes(r, deps);
      },
      grpc: [schedulingGrpc(deps, ctx.verifier, logger)],
      consumers: [
        pairEventsConsumer(
          pairs,
          terms,
          (pair, at) => cancelFutureMeetings(deps, pair, at).then(() => undefined),
          options.pairsGroup ?? PAIRS_GROUP,
          options.matchingTopic ?? topics?.matching,
        ),
        recruitmentEventsConsumer(
          volunteers,
          deps,
          { terms, pairs },
          options.recruitmentGroup ?? RECRUITMENT_GROUP,
          options.recruitmentTopic ?? topics?.recruitment,
        ),
        surveyEventsConsumer(
          { notifications: notificationStore, now, nudge: () => dispatcher?.nudge() },
          options.surveysGroup ?? SURVEYS_GROUP,
          options.impactTopic ?? topics?.impact,
        ),
        workshopEventsConsumer(deps, options.workshopsGroup ?? WORKSHOPS_GROUP, options.workshopsTopic),
      ],
      workers: dispatcher ? [dispatcher] : [],
    };
  });
  return {
    ...host,
    async stop() {
      await host.stop();
      recruitment?.close();
      mailer?.close();
      guides?.close();
      impact?.close();
    },
  };
}
