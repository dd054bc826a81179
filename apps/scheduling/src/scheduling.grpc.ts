import { schedulingV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, type TokenVerifier } from '@binome/auth';
import { forbidden, notFound, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import { volunteerLedger } from './modules/ledger/volunteer-ledger';
import type { MeetingsDeps } from './modules/meetings/meetings.deps';

const required = (fields: Record<string, string>) => {
  const missing = Object.entries(fields).filter(([, v]) => !v);
  if (missing.length) throw validationFailed(missing.map(([field]) => ({ field, message: 'required' })));
};

/** Meetings per pair and a volunteer's ledger, for other services: territory reaches of `meetings` read. */
export function schedulingGrpc(
  d: Pick<MeetingsDeps, 'pairs' | 'meetings' | 'volunteers' | 'calendarEvents' | 'policies'>,
  verifier: TokenVerifier,
  logger: Logger,
) {
  const allowed = (principal: Parameters<typeof can>[0], territoryId: string) => {
    if (!territoryReach(principal, can(principal, 'meetings', 'read'))) throw forbidden('Not allowed to read the meetings of a territory');
    assertTerritory(principal, territoryId);
  };
  const implementation: schedulingV1.SchedulingServiceServer = {
    getPairMeetingCount: authenticatedUnary(verifier, logger, async (req: schedulingV1.GetPairMeetingCountRequest, principal) => {
      required({ territory_id: req.territoryId, pair_id: req.pairId });
      allowed(principal, req.territoryId);
      if (!(await d.pairs.findById(territory(req.territoryId), req.pairId))) throw notFound('Pair');
      const all = await d.meetings.ofPair(territory(req.territoryId), req.pairId);
      const n = (s: string) => all.filter((m) => m.status === s).length;
      return { pairId: req.pairId, held: n('held'), planned: n('planned'), missed: n('missed'), cancelled: n('cancelled') };
    }),
    getVolunteerLedger: authenticatedUnary(verifier, logger, async (req: schedulingV1.GetVolunteerLedgerRequest, principal) => {
      required({ territory_id: req.territoryId, volunteer_id: req.volunteerId });
      allowed(principal, req.territoryId);
      const { capHours, plannedHours, heldHours, hoursLeft } = await volunteerLedger(d, req.territoryId, req.volunteerId);
      return { volunteerId: req.volunteerId, capHours, plannedHours, heldHours, hoursLeft };
    }),
  };
  return { definition: schedulingV1.SchedulingServiceService, implementation };
}
