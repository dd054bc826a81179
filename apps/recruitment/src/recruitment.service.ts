import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { CandidateRepository } from './modules/candidates/candidate.repository';
import { applyRoutes } from './modules/candidates/apply/apply.routes';
import { getCandidateRoutes } from './modules/candidates/get-candidate/get-candidate.routes';
import { listCandidatesRoutes } from './modules/candidates/list-candidates/list-candidates.routes';
import { recruitmentGrpc } from './recruitment.grpc';

/** Composition root of the recruitment service. */
export function createRecruitmentService(config: ServiceConfig, logger: Logger) {
  return createServiceHost(config, logger, (ctx) => {
    const candidates = new CandidateRepository(ctx.connection);
    return {
      topics: [TOPICS.recruitment],
      outbox: [candidates.model.collection],
      publicRoutes: (r) => applyRoutes(r, candidates, config.territories, ctx.nudgeOutbox),
      routes: (r) => {
        listCandidatesRoutes(r, candidates);
        getCandidateRoutes(r, candidates);
      },
      grpc: [recruitmentGrpc(candidates, ctx.verifier, logger)],
    };
  });
}
