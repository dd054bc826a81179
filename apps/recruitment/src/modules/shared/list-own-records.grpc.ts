import type { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, can, servedPermission, type TokenVerifier } from '@binome/auth';
import { validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { candidateReach } from '../candidates/candidate.reach';
import type { CandidateRepository } from '../candidates/candidate.repository';
import { volunteerReach } from '../volunteers/volunteer.reach';
import type { VolunteerRepository } from '../volunteers/volunteer.repository';

/**
 * The caller's own candidate and volunteer ids in a territory, across promotions: only the matrix's
 * `self` rule applies (verified email, or the account subject for volunteers), whatever broader
 * reach the caller holds, so a staff or service token gets its own records only. Other services
 * map a token to the person's recruitment ids this way (resources: the recipient of a badge).
 */
export function ownRecordsGrpc(
  candidates: CandidateRepository,
  volunteers: VolunteerRepository,
  verifier: TokenVerifier,
  logger: Logger,
): Pick<recruitmentV1.RecruitmentServiceServer, 'listOwnRecords'> {
  return {
    listOwnRecords: authenticatedUnary(verifier, logger, async (req: recruitmentV1.ListOwnRecordsRequest, principal) => {
      if (!req.territoryId) throw validationFailed([{ field: 'territory_id', message: 'required' }]);
      assertTerritory(principal, req.territoryId);
      const self = (resource: 'candidates' | 'volunteers') => servedPermission(can(principal, resource, 'read'), ['self']);
      const c = candidateReach(principal, self('candidates'));
      const v = volunteerReach(principal, self('volunteers'));
      const [own, enrolments] = await Promise.all([
        c ? candidates.findMany(c.scope, { $and: [{ territoryId: req.territoryId }, c.filter] }) : [],
        v ? volunteers.findMany(v.scope, { $and: [{ territoryId: req.territoryId }, v.filter] }) : [],
      ]);
      return { beneficiaryIds: own.map((x) => x._id), volunteerIds: enrolments.map((x) => x._id) };
    }),
  };
}
