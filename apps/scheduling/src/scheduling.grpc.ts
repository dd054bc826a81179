import { schedulingV1 } from '@binome/contracts';
import { assertTerritory, can, selfEmail, territoryReach, type TokenVerifier } from '@binome/auth';
import { forbidden, notFound, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import { volunteerLedger } from './modules/ledger/volunteer-ledger';
import type { MeetingsDeps } from './modules/meetings/meetings.deps';
import type { ContactRepository } from './modules/notifications/contact.repository';

const required = (fields: Record<string, string>) => {
  const missing = Object.entries(fields).filter(([, v]) => !v);
  if (missing.length) throw validationFailed(missing.map(([field]) => ({ field, message: 'required' })));
};

/**
 * Meetings per pair and a volunteer's ledger, for other services: territory reaches of `meetings`
 * read; and a Konnecteur's own referent ids (impact's reach of the surveys they collect).
 */
export function schedulingGrpc(
  d: Pick<MeetingsDeps, 'pairs' | 'meetings' | 'volunteers' | 'calendarEvents' | 'policies'> & { contacts: ContactRepository },
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
    // The caller's own links only (their verified email), in a territory their realm acts on:
    // another territory's token is refused, a token without a verified email links nothing.
    listOwnKonnecteurIds: authenticatedUnary(verifier, logger, async (req: schedulingV1.ListOwnKonnecteurIdsRequest, principal) => {
      required({ territory_id: req.territoryId });
      assertTerritory(principal, req.territoryId);
      const email = selfEmail(principal);
      return { konnecteurIds: email ? await d.contacts.konnecteurIdsOf(req.territoryId, email) : [] };
    }),
  };
  return { definition: schedulingV1.SchedulingServiceService, implementation };
}
