import type { ServiceConfig } from '@binome/config';
import { ServiceTokenProvider } from '@binome/auth';
import { TOPICS } from '@binome/events';
import type { Logger } from '@binome/logging';
import { createServiceHost } from '@binome/service-host';
import { konnecteursRoutes } from './modules/konnecteurs/konnecteurs.routes';
import { PairRepository } from './modules/pairs/pair.repository';
import { pairsRoutes } from './modules/pairs/pairs.routes';
import { PromotionMatchingRepository } from './modules/proposals/promotion-matching.repository';
import { proposalsRoutes } from './modules/proposals/proposals.routes';
import { RecruitmentClient } from './modules/recruitment/recruitment.client';
import { ScoringWeightsRepository } from './modules/weights/scoring-weights.repository';
import { weightsRoutes } from './modules/weights/weights.routes';
import { matchingGrpc } from './matching.grpc';

/**
 * Composition root of the matching service. The cohort comes from recruitment over gRPC
 * (`config.peers.recruitment`), with the caller's token for staff requests (recruitment then
 * enforces the same tenancy) and the service account's token when matching acts on its own.
 */
export function createMatchingService(config: ServiceConfig, logger: Logger) {
  const recruitmentAddress = config.peers.recruitment;
  if (!recruitmentAddress) throw new Error('PEERS must name recruitment=host:port');
  let recruitment: RecruitmentClient | undefined;
  const host = createServiceHost(config, logger, (ctx) => {
    const pairs = new PairRepository(ctx.connection);
    const matchings = new PromotionMatchingRepository(ctx.connection);
    const weights = new ScoringWeightsRepository(ctx.connection);
    recruitment = new RecruitmentClient(
      recruitmentAddress,
      new ServiceTokenProvider({ keycloakUrl: config.keycloak.backchannelUrl, ...config.keycloak.serviceAccount }),
    );
    // One object for every context: each takes the part its deps type names.
    const deps = { pairs, matchings, weights, recruitment };
    return {
      topics: [TOPICS.matching],
      outbox: [pairs.collection],
      routes: (r) => {
        weightsRoutes(r, deps, config.territories);
        proposalsRoutes(r, deps, config.territories);
        pairsRoutes(r, deps);
        konnecteursRoutes(r, deps, config.territories);
      },
      grpc: [matchingGrpc(pairs, matchings, ctx.verifier, logger)],
    };
  });
  return {
    ...host,
    async stop() {
      await host.stop();
      recruitment?.close();
    },
  };
}
