import { resourcesV1 } from '@binome/contracts';
import type { TokenVerifier } from '@binome/auth';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import type { GuidesDeps } from './modules/guides/guides.deps';
import { suggestMeetingGuideGrpc } from './modules/guides/suggest-meeting-guide/suggest-meeting-guide.grpc';

/** The meeting guides for other services (scheduling adds them to its reminder email). */
export function resourcesGrpc(d: GuidesDeps, verifier: TokenVerifier, logger: Logger) {
  const implementation: resourcesV1.ResourcesServiceServer = {
    getMeetingGuide: authenticatedUnary(verifier, logger, async (req: resourcesV1.GetMeetingGuideRequest, principal) =>
      suggestMeetingGuideGrpc(d, req, principal),
    ),
  };
  return { definition: resourcesV1.ResourcesServiceService, implementation };
}
