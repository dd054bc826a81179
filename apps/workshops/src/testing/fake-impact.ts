import { impactV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, tokenVerifierOf, type Principal } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { forbidden } from '@binome/errors';
import { authenticatedUnary, startGrpcServer } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of impact's gRPC server for workshops' recommendation tests: the
 * real `ImpactService` definition, every caller's token verified against the real Keycloak, the
 * same checks as impact's `ListNeeds` (a territory reach of `surveys` read, the territory of the
 * token's realm); the T0 gaps are the test's (`needs`, keyed `territory/promotion`). It keeps who
 * asked what, so a spec can check that workshops asks with its service account. Impact's own
 * `ListNeeds` is exercised by impact's specs.
 */
export interface FakeImpact {
  address: string;
  needs: Map<string, impactV1.PersonNeeds[]>;
  requests: { request: impactV1.ListNeedsRequest; principal: Principal }[];
  stop(): Promise<void>;
}

export async function startFakeImpact(config: ServiceConfig, logger: Logger, port = 0): Promise<FakeImpact> {
  const verifier = tokenVerifierOf(config);
  const needs = new Map<string, impactV1.PersonNeeds[]>();
  const requests: FakeImpact['requests'] = [];
  const implementation: Partial<impactV1.ImpactServiceServer> = {
    listNeeds: authenticatedUnary(verifier, logger, async (req: impactV1.ListNeedsRequest, principal) => {
      if (!territoryReach(principal, can(principal, 'surveys', 'read'))) throw forbidden('Not allowed to read the surveys of a territory');
      assertTerritory(principal, req.territoryId);
      requests.push({ request: req, principal });
      return { people: needs.get(`${req.territoryId}/${req.promotionId}`) ?? [] };
    }),
  };
  const server = await startGrpcServer(
    [{ definition: impactV1.ImpactServiceService, implementation: implementation as impactV1.ImpactServiceServer }],
    '127.0.0.1',
    port,
  );
  return { address: `127.0.0.1:${server.port}`, needs, requests, stop: () => server.stop() };
}
