import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { AWARDS_GROUP, awardEventsConsumer, type AwardTopics } from './modules/certification/award-events.consumer';
import { BadgeRepository, IssuerRepository } from './modules/certification/badge.repository';
import { DEFAULT_KEY_CACHE_MS, IssuerKeyRepository, IssuerKeyring } from './modules/certification/issuer-keyring';
import { RecruitmentClient } from './modules/certification/recruitment.client';
import { certificationPublicRoutes } from './modules/certification/certification.public-routes';
import { certificationRoutes } from './modules/certification/certification.routes';
import { ImpactClient } from './modules/guides/impact.client';
import { MeetingGuideRepository } from './modules/guides/meeting-guide.repository';
import { WorkshopAttendanceRepository } from './modules/guides/workshop-attendance.repository';
import { guidesRoutes } from './modules/guides/guides.routes';
import { ERASURE_GROUP, personErasureConsumer } from './modules/erasure/person-erasure.consumer';
import { FileStore } from './modules/library/file-store';
import { libraryRoutes } from './modules/library/library.routes';
import { ResourceRepository } from './modules/library/resource.repository';
import { CompletionRepository, TrainingModuleRepository } from './modules/training/training-module.repository';
import { trainingRoutes } from './modules/training/training.routes';
import { resourcesGrpc } from './resources.grpc';
import { DEFAULT_PUBLIC_URL, type ResourcesConfig } from './resources.config';

export interface ResourcesOptions {
  /** Consumer group of the badge awards; tests use their own. */
  awardsGroup?: string;
  /** Topics the awards read (tests publish to their own). */
  awardTopics?: AwardTopics;
  /** Consumer group and topic of recruitment's erasures; tests use their own. */
  erasureGroup?: string;
  recruitmentTopic?: string;
  /** How long a pod keeps its copy of the signing keys (default 60 s); tests shorten it. */
  keyCacheMs?: number;
  /** The clock the rules read (tests move it). */
  now?: () => Date;
}

/** Composition root of the resources service: the library, training modules, meeting guides, badges. */
export function createResourcesService(config: ServiceConfig | ResourcesConfig, logger: Logger, options: ResourcesOptions = {}) {
  const publicUrl = 'resources' in config ? config.resources.publicUrl : DEFAULT_PUBLIC_URL;
  let recruitment: RecruitmentClient | undefined;
  let impact: ImpactClient | undefined;
  const host = createServiceHost(config, logger, (ctx) => {
    const now = options.now ?? (() => new Date());
    const resources = new ResourceRepository(ctx.connection);
    const library = { resources, files: new FileStore(ctx.connection), now };
    const training = { modules: new TrainingModuleRepository(ctx.connection), completions: new CompletionRepository(ctx.connection), now };
    // A recipient's badges awarded to their recruitment records, resolved from their token.
    recruitment = config.peers.recruitment ? new RecruitmentClient(config.peers.recruitment) : undefined;
    const issuer = new IssuerRepository(ctx.connection);
    const issuerKeys = new IssuerKeyRepository(ctx.connection);
    const certification = {
      badges: new BadgeRepository(ctx.connection),
      issuer,
      issuerKeys,
      keys: new IssuerKeyring(issuerKeys, issuer, options.keyCacheMs ?? DEFAULT_KEY_CACHE_MS),
      publicUrl,
      now,
      recruitment,
      logger,
    };
    // The guides' needs: recruitment's intake and impact's T0 gaps, asked with the caller's token.
    impact = config.peers.impact ? new ImpactClient(config.peers.impact) : undefined;
    const attendance = new WorkshopAttendanceRepository(ctx.connection);
    const guides = { guides: new MeetingGuideRepository(ctx.connection), resources, attendance, recruitment, impact, logger, now };
    return {
      topics: [TOPICS.resources],
      outbox: [resources.collection, training.completions.collection, certification.badges.collection],
      publicRoutes: (r) => certificationPublicRoutes(r, certification),
      routes: (r) => {
        libraryRoutes(r, library);
        trainingRoutes(r, training);
        certificationRoutes(r, certification);
        guidesRoutes(r, guides);
      },
      grpc: [resourcesGrpc(guides, ctx.verifier, logger)],
      consumers: [
        awardEventsConsumer({ ...certification, attendance }, options.awardsGroup ?? AWARDS_GROUP, options.awardTopics),
        personErasureConsumer(
          { badges: certification.badges, completions: training.completions, attendance, now },
          options.erasureGroup ?? ERASURE_GROUP,
          options.recruitmentTopic,
        ),
      ],
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
