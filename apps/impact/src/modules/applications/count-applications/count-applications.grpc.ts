import type { impactV1 } from '@binome/contracts';
import { can, territoryReach, type Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import type { IndicatorsDeps } from '../../indicators/indicators.deps';
import { countApplications } from './count-applications.handler';

/** gRPC GetApplicationCount: the matrix's indicators read with a territory reach, as the REST route serves it. */
export async function countApplicationsGrpc(
  d: Pick<IndicatorsDeps, 'facts'>,
  req: impactV1.GetApplicationCountRequest,
  principal: Principal,
): Promise<impactV1.GetApplicationCountResponse> {
  if (!territoryReach(principal, can(principal, 'indicators', 'read')))
    throw forbidden('Not allowed to read the indicators of a territory');
  const c = await countApplications(d, principal, req.territoryId);
  return { territoryId: c.territoryId, count: c.count, ...(c.lastAppliedAt ? { lastAppliedAt: c.lastAppliedAt } : {}) };
}
