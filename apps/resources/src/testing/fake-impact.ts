import { impactV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, tokenVerifierOf } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { forbidden } from '@binome/errors';
import { authenticatedUnary, startGrpcServer } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of impact's gRPC `ListNeeds` (a promotion's T0 gaps) for resources'
 * specs: the real definition, tokens verified against the real Keycloak, impact's matrix check
 * (territory reaches of `surveys` read) and territory check. Impact's own implementation is tested
 * in its surveys spec.
 */
export interface FakeImpact {
  address: string;
  /** `<territory>:<promotion id>` → the people with gaps. */
  needs: Map<string, { personId: string; pairId: string; needs: string[] }[]>;
  stop(): Promise<void>;
}

export async function startFakeImpact(config: ServiceConfig, logger: Logger): Promise<FakeImpact> {
  const verifier = tokenVerifierOf(config);
  const needs: FakeImpact['needs'] = new Map();
  const implementation: Partial<impactV1.ImpactServiceServer> = {
    listNeeds: authenticatedUnary(verifier, logger, async (req: impactV1.ListNeedsRequest, principal) => {
      if (!territoryReach(principal, can(principal, 'surveys', 'read'))) throw forbidden('Not allowed to read the surveys of a territory');
      assertTerritory(principal, req.territoryId);
      return { people: needs.get(`${req.territoryId}:${req.promotionId}`) ?? [] };
    }),
  };
  const server = await startGrpcServer(
    [{ definition: impactV1.ImpactServiceService, implementation: implementation as impactV1.ImpactServiceServer }],
    '127.0.0.1',
    0,
  );
  return { address: `127.0.0.1:${server.port}`, needs, stop: () => server.stop() };
}
