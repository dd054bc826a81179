import type { ServiceConfig } from '@binome/config';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { applicationsRoutes } from './modules/applications/applications.routes';
import { applicationEventsConsumer, IMPACT_GROUP } from './modules/applications/application-events.consumer';
import { ApplicationFactsRepository } from './modules/applications/application-fact.repository';
import { impactGrpc } from './impact.grpc';

export interface ImpactOptions {
  /** Consumer group; tests use their own so that they do not compete with a running platform. */
  group?: string;
  /** Recruitment's topic; tests use their own so that their counts start from zero. */
  recruitmentTopic?: string;
}

/** Composition root of the impact service. */
export function createImpactService(config: ServiceConfig, logger: Logger, options: ImpactOptions = {}) {
  return createServiceHost(config, logger, (ctx) => {
    const facts = new ApplicationFactsRepository(ctx.connection);
    return {
      routes: (r) => applicationsRoutes(r, facts),
      grpc: [impactGrpc(facts, ctx.verifier, logger)],
      consumers: [applicationEventsConsumer(facts, options.group ?? IMPACT_GROUP, options.recruitmentTopic)],
    };
  });
}
