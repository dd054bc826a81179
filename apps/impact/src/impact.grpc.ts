import { impactV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, type TokenVerifier } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import type { ApplicationFactsRepository } from './modules/applications/application-facts.repository';

export function impactGrpc(repository: ApplicationFactsRepository, verifier: TokenVerifier, logger: Logger) {
  const implementation: impactV1.ImpactServiceServer = {
    getApplicationCount: authenticatedUnary(verifier, logger, async (req: impactV1.GetApplicationCountRequest, principal) => {
      // The matrix's indicators read, with a territory reach (as the REST route serves it).
      if (!territoryReach(principal, can(principal, 'indicators', 'read'))) throw forbidden('Not allowed to read the indicators of a territory');
      assertTerritory(principal, req.territoryId);
      const c = await repository.count(principal.scope, req.territoryId);
      return { territoryId: c.territoryId, count: c.count, ...(c.lastAppliedAt ? { lastAppliedAt: c.lastAppliedAt } : {}) };
    }),
  };
  return { definition: impactV1.ImpactServiceService, implementation };
}
