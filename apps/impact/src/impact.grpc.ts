import { impactV1 } from '@binome/contracts';
import type { TokenVerifier } from '@binome/auth';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import type { ApplicationFactsRepository } from './modules/applications/application-fact.repository';
import { countApplicationsGrpc } from './modules/applications/count-applications/count-applications.grpc';

/** The gRPC service, assembled from the use cases that serve it. */
export function impactGrpc(repository: ApplicationFactsRepository, verifier: TokenVerifier, logger: Logger) {
  const implementation: impactV1.ImpactServiceServer = {
    getApplicationCount: authenticatedUnary(verifier, logger, (req: impactV1.GetApplicationCountRequest, principal) =>
      countApplicationsGrpc(repository, req, principal),
    ),
  };
  return { definition: impactV1.ImpactServiceService, implementation };
}
