import type { ServiceConfig } from '@binome/config';
import { deadLetterTopic, TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { applicationsRoutes } from './modules/applications/applications.routes';
import { indicatorsRoutes } from './modules/indicators/indicators.routes';
import { OutcomeRepository } from './modules/outcomes/outcome.repository';
import { outcomesRoutes } from './modules/outcomes/outcomes.routes';
import { ProjectionRunner } from './modules/projection/projection.runner';
import { reportsRoutes } from './modules/reports/reports.routes';
import { NO_KONNECTEURS, type KonnecteurDirectory } from './modules/surveys/konnecteur-directory';
import { SchedulingKonnecteurDirectory } from './modules/surveys/scheduling-konnecteurs.client';
import { SurveyReminders } from './modules/surveys/survey-reminders';
import { surveyEventsConsumer, SURVEYS_GROUP } from './modules/surveys/survey-events.consumer';
import { SurveyRepository } from './modules/surveys/survey.repository';
import { surveyLinkRoutes, surveysRoutes } from './modules/surveys/surveys.routes';
import { impactGrpc } from './impact.grpc';

/** The topics impact reads (and its own, where surveys and outcomes are published). */
export interface ImpactTopics {
  recruitment: string;
  matching: string;
  scheduling: string;
  workshops: string;
  impact: string;
}

export interface ImpactOptions {
  /** The projection's consumer group; tests use their own so that they do not compete with a running platform. */
  group?: string;
  /** The surveys' consumer group (scheduling from pair events, erasure). */
  surveysGroup?: string;
  /** Topics; tests use their own so that their counts start from zero. */
  topics?: Partial<ImpactTopics>;
  /** Recruitment's topic alone (older specs). */
  recruitmentTopic?: string;
  /** Who a Konnecteur is (default: asked of scheduling, `config.peers.scheduling`, with the caller's token). */
  konnecteurs?: KonnecteurDirectory;
  now?: () => Date;
  pointerPollMs?: number;
  /** How often surveys that became due are looked for to publish their reminder (default 60 s). */
  reminderPollMs?: number;
}

export const IMPACT_GROUP = 'impact';

export function impactTopics(options: ImpactOptions = {}): ImpactTopics {
  return {
    recruitment: options.topics?.recruitment ?? options.recruitmentTopic ?? TOPICS.recruitment,
    matching: options.topics?.matching ?? TOPICS.matching,
    scheduling: options.topics?.scheduling ?? TOPICS.scheduling,
    workshops: options.topics?.workshops ?? TOPICS.workshops,
    impact: options.topics?.impact ?? TOPICS.impact,
  };
}

/**
 * Composition root of the impact service: the projection (every service's events into facts,
 * swapped by a replay), the surveys and outcomes impact owns, the indicators and reports read
 * from the projection.
 */
export function createImpactService(config: ServiceConfig, logger: Logger, options: ImpactOptions = {}) {
  const topics = impactTopics(options);
  const sources = [topics.recruitment, topics.matching, topics.scheduling, topics.workshops, topics.impact];
  const group = `${config.kafka.groupPrefix}${options.group ?? IMPACT_GROUP}`;
  let runner: ProjectionRunner | undefined;
  let reminders: SurveyReminders | undefined;
  const directory =
    options.konnecteurs ?? (config.peers.scheduling ? new SchedulingKonnecteurDirectory(config.peers.scheduling) : undefined);
  const host = createServiceHost(config, logger, (ctx) => {
    const surveys = new SurveyRepository(ctx.connection);
    const outcomes = new OutcomeRepository(ctx.connection);
    const now = options.now ?? (() => new Date());
    runner = new ProjectionRunner({
      connection: ctx.connection,
      kafka: ctx.kafka,
      logger,
      topics: sources,
      group,
      pointerPollMs: options.pointerPollMs,
      fromBeginning: config.kafka.fromBeginning,
    });
    const projection = runner;
    const facts = () => projection.facts();
    const surveysDeps = { surveys, outcomes, konnecteurs: directory ?? NO_KONNECTEURS, topic: topics.impact, now };
    reminders = new SurveyReminders({ surveys, topic: topics.impact, now, logger }, options.reminderPollMs);
    const indicatorsDeps = { facts, now };
    return {
      topics: [...sources, deadLetterTopic(group)],
      outbox: [surveys.collection, outcomes.collection],
      routes: (r) => {
        applicationsRoutes(r, indicatorsDeps);
        surveysRoutes(r, surveysDeps);
        outcomesRoutes(r, surveysDeps);
        indicatorsRoutes(r, indicatorsDeps);
        reportsRoutes(r, indicatorsDeps);
      },
      publicRoutes: (r) => surveyLinkRoutes(r, surveysDeps),
      grpc: [impactGrpc({ ...indicatorsDeps, surveys }, ctx.verifier, logger)],
      consumers: [surveyEventsConsumer({ surveys, outcomes }, topics, options.surveysGroup ?? SURVEYS_GROUP)],
      workers: [projection, reminders],
    };
  });
  return {
    ...host,
    topics,
    async stop() {
      await host.stop();
      if (directory instanceof SchedulingKonnecteurDirectory) directory.close();
    },
    /** The reminder sweep (tests run a pass at the time they set). */
    reminders(): SurveyReminders {
      if (!reminders) throw new Error('service not started');
      return reminders;
    },
    /** The live projection (tests compare it with a replay; the replay command swaps it). */
    projection(): ProjectionRunner {
      if (!runner) throw new Error('service not started');
      return runner;
    },
  };
}
