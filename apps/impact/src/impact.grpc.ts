import { impactV1 } from '@binome/contracts';
import { assertRole, assertTerritory, type TokenVerifier } from '@binome/auth';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import type { ApplicationFactsRepository } from './modules/applications/application-facts.repository';

export function impactGrpc(repository: ApplicationFactsRepository, verifier: TokenVerifier, logger: Logger) {
  const implementation: impactV1.ImpactServiceServer = {
    getApplicationCount: authenticatedUnary(verifier, logger, async (req: impactV1.GetApplicationCountRequest, principal) => {
      assertRole(principal, ['hq-admin', 'territory-manager', 'service']);
      assertTerritory(principal, req.territoryId);
      const c = await repository.count(principal.scope, req.territoryId);
      return { territoryId: c.territoryId, count: c.count, ...(c.lastAppliedAt ? { lastAppliedAt: c.lastAppliedAt } : {}) };
    }),
  };
  return { definition: impactV1.ImpactServiceService, implementation };
}
