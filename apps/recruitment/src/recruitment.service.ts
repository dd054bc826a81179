import { recruitmentV1 } from '@binome/contracts';
import type { ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { CandidateRepository } from './modules/candidates/candidate.repository';
import { candidateGrpc } from './modules/candidates/candidate.grpc';
import { applyRoutes } from './modules/candidates/apply/apply.routes';
import { getCandidateRoutes } from './modules/candidates/get-candidate/get-candidate.routes';
import { listCandidatesRoutes } from './modules/candidates/list-candidates/list-candidates.routes';
import { PromotionRepository } from './modules/promotions/promotion.repository';
import { promotionRoutes } from './modules/promotions/promotion.routes';
import { promotionGrpc } from './modules/promotions/promotion.grpc';

/** Composition root of the recruitment service. */
export function createRecruitmentService(config: ServiceConfig, logger: Logger) {
  return createServiceHost(config, logger, (ctx) => {
    const candidates = new CandidateRepository(ctx.connection);
    const promotions = new PromotionRepository(ctx.connection);
    // Partial while the intake and volunteer modules bring ListMatchable*: grpc-js answers
    // UNIMPLEMENTED for a missing method. Back to the full interface once they are here.
    const grpc: Partial<recruitmentV1.RecruitmentServiceServer> = {
      ...candidateGrpc(candidates, ctx.verifier, logger),
      ...promotionGrpc(promotions, ctx.verifier, logger),
    };
    return {
      topics: [TOPICS.recruitment, TOPICS.referrals],
      outbox: [candidates.model.collection, promotions.model.collection],
      publicRoutes: (r) => applyRoutes(r, candidates, config.territories, ctx.nudgeOutbox),
      routes: (r) => {
        listCandidatesRoutes(r, candidates);
        getCandidateRoutes(r, candidates);
        promotionRoutes(r, promotions, config.territories, ctx.nudgeOutbox);
      },
      grpc: [{ definition: recruitmentV1.RecruitmentServiceService, implementation: grpc as recruitmentV1.RecruitmentServiceServer }],
    };
  });
}
