import { resourcesV1 } from '@binome/contracts';
import { assertTerritory, can, tokenVerifierOf, type Principal } from '@binome/auth';
import type { ServiceConfig } from '@binome/config';
import { forbidden } from '@binome/errors';
import { authenticatedUnary, startGrpcServer } from '@binome/grpc';
import type { Logger } from '@binome/logging';

/**
 * A contract-level test double of resources' gRPC server for scheduling's reminder tests: the
 * real `ResourcesService` definition, every caller's token verified against the real Keycloak,
 * the same `resources` read and territory checks; the agenda is the test's. It keeps what it was
 * asked (and by whom) so a spec can check that nothing but the stage and topic codes leaves
 * scheduling. The real resources process is exercised by its own specs and tools/e2e.
 */
export interface FakeResources {
  address: string;
  requests: { request: resourcesV1.GetMeetingGuideRequest; principal: Principal }[];
  stop(): Promise<void>;
}

export async function startFakeResources(
  config: ServiceConfig,
  logger: Logger,
  agendaOf: (req: resourcesV1.GetMeetingGuideRequest) => resourcesV1.GuideAgendaItem[],
): Promise<FakeResources> {
  const verifier = tokenVerifierOf(config);
  const requests: FakeResources['requests'] = [];
  const implementation: resourcesV1.ResourcesServiceServer = {
    getMeetingGuide: authenticatedUnary(verifier, logger, async (req: resourcesV1.GetMeetingGuideRequest, principal) => {
      if (!can(principal, 'resources', 'read').allowed) throw forbidden('Not allowed to read resources');
      assertTerritory(principal, req.territoryId);
      requests.push({ request: req, principal });
      return {
        stage: req.meetingsHeld === 0 ? 'first-meeting' : 'early',
        agenda: agendaOf(req),
        guideTerritoryId: req.territoryId,
        needs: req.needs.map((need) => ({ need, weight: 2, sources: ['request'] })),
        unavailableSources: [],
      };
    }),
  };
  const server = await startGrpcServer([{ definition: resourcesV1.ResourcesServiceService, implementation }], '127.0.0.1', 0);
  return { address: `127.0.0.1:${server.port}`, requests, stop: () => server.stop() };
}
