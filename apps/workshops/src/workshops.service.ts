import { ServiceTokenProvider } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { AbsenceAlertRepository } from './modules/attendance/absence-alert.repository';
import { attendanceRoutes } from './modules/attendance/attendance.routes';
import { FeedbackRepository } from './modules/feedback/feedback.repository';
import { feedbackRoutes } from './modules/feedback/feedback.routes';
import { recommendationsRoutes } from './modules/recommendations/recommendations.routes';
import { workshopsGrpc } from './workshops.grpc';
import { seedCatalogue } from './modules/catalogue/catalogue-seed';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes';
import { WorkshopRepository } from './modules/catalogue/workshop.repository';
import { FacilitatorRepository } from './modules/facilitators/facilitator.repository';
import { facilitatorsRoutes } from './modules/facilitators/facilitators.routes';
import { BeneficiaryRepository } from './modules/people/beneficiary.repository';
import { erasePerson } from './modules/people/erase-person';
import { ImpactClient } from './modules/people/impact.client';
import { meetingEventsConsumer, MEETINGS_GROUP } from './modules/people/meeting-events.consumer';
import { linkKonnecteurRoutes } from './modules/people/link-konnecteur/link-konnecteur.routes';
import { PAIRS_GROUP, pairEventsConsumer } from './modules/people/pair-events.consumer';
import { KonnecteurLinkRepository, PairRepository } from './modules/people/pair.repository';
import { PersonMeetingRepository } from './modules/people/person-meeting.repository';
import { RecruitmentClient } from './modules/people/recruitment.client';
import { RECRUITMENT_GROUP, recruitmentEventsConsumer } from './modules/people/recruitment-events.consumer';
import { registrationsRoutes } from './modules/registrations/registrations.routes';
import { SessionRepository } from './modules/sessions/session.repository';
import { sessionsRoutes } from './modules/sessions/sessions.routes';

export interface WorkshopsOptions {
  /** Consumer groups and topics of recruitment's and scheduling's events; tests use their own. */
  recruitmentGroup?: string;
  recruitmentTopic?: string;
  meetingsGroup?: string;
  schedulingTopic?: string;
  pairsGroup?: string;
  matchingTopic?: string;
  /** The clock the rules read (tests move it). */
  now?: () => Date;
}

/**
 * Composition root of the workshops service. Beneficiaries and their needs come from
 * recruitment's events, their pair meetings (and the topics of the held ones) from scheduling's,
 * their pairs (for Konnecteurs) from matching's; a beneficiary's own person id from recruitment
 * over gRPC (`config.peers.recruitment`), with the caller's token; their T0 survey's gaps from
 * impact over gRPC (`config.peers.impact`, optional), with workshops' service account.
 */
export function createWorkshopsService(config: ServiceConfig, logger: Logger, options: WorkshopsOptions = {}) {
  const recruitmentAddress = config.peers.recruitment;
  if (!recruitmentAddress) throw new Error('PEERS must name recruitment=host:port');
  let recruitment: RecruitmentClient | undefined;
  let impact: ImpactClient | undefined;
  const host = createServiceHost(config, logger, (ctx) => {
    recruitment = new RecruitmentClient(recruitmentAddress);
    // Recommendations read the T0 gaps when an impact peer is configured (and answer without them when it is down).
    if (config.peers.impact)
      impact = new ImpactClient(
        config.peers.impact,
        new ServiceTokenProvider({ keycloakUrl: config.keycloak.backchannelUrl, ...config.keycloak.serviceAccount }),
        logger,
      );
    const now = options.now ?? (() => new Date());
    const d = {
      workshops: new WorkshopRepository(ctx.connection),
      facilitators: new FacilitatorRepository(ctx.connection),
      sessions: new SessionRepository(ctx.connection),
      beneficiaries: new BeneficiaryRepository(ctx.connection),
      meetings: new PersonMeetingRepository(ctx.connection),
      pairs: new PairRepository(ctx.connection),
      konnecteurLinks: new KonnecteurLinkRepository(ctx.connection),
      alerts: new AbsenceAlertRepository(ctx.connection),
      feedback: new FeedbackRepository(ctx.connection),
      recruitment,
      impact,
      now,
    };
    return {
      topics: [TOPICS.workshops],
      outbox: [d.sessions.collection, d.alerts.collection, d.feedback.collection],
      routes: (r) => {
        catalogueRoutes(r, d);
        facilitatorsRoutes(r, d);
        sessionsRoutes(r, d);
        registrationsRoutes(r, d);
        recommendationsRoutes(r, d);
        attendanceRoutes(r, d);
        feedbackRoutes(r, d);
        linkKonnecteurRoutes(r, d);
      },
      grpc: [workshopsGrpc(d, ctx.verifier, logger)],
      consumers: [
        recruitmentEventsConsumer(
          d.beneficiaries,
          (t, p) => erasePerson(d, t, p),
          options.recruitmentGroup ?? RECRUITMENT_GROUP,
          options.recruitmentTopic,
        ),
        meetingEventsConsumer(d.meetings, options.meetingsGroup ?? MEETINGS_GROUP, options.schedulingTopic),
        pairEventsConsumer(d.pairs, options.pairsGroup ?? PAIRS_GROUP, options.matchingTopic),
      ],
      workers: [{ start: () => seedCatalogue(d.workshops, config.territories), stop: () => undefined }],
    };
  });
  return {
    ...host,
    async stop() {
      await host.stop();
      recruitment?.close();
      impact?.close();
    },
  };
}
