import type { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, territoryReach, type TokenVerifier } from '@binome/auth';
import { forbidden, notFound, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import { grpcPermission } from '../../shared/grpc-permission';
import type { CandidateRepository } from '../candidate.repository';

/**
 * A candidate's intake needs (the interview's workshop needs) and promotion, for resources' meeting
 * guides. Read-only, and only for the territory reaches of `candidates` read (staff of the
 * territory, HQ, service accounts): a participant's `self` or `own-pairs` is refused here, since
 * the interview's assessment is the programme's. An erased candidate has no needs left.
 */
export function intakeNeedsGrpc(
  repository: CandidateRepository,
  verifier: TokenVerifier,
  logger: Logger,
): Pick<recruitmentV1.RecruitmentServiceServer, 'getIntakeNeeds'> {
  return {
    getIntakeNeeds: authenticatedUnary(verifier, logger, async (req: recruitmentV1.GetIntakeNeedsRequest, principal) => {
      const missing = [
        ...(req.territoryId ? [] : [{ field: 'territory_id', message: 'required' }]),
        ...(req.candidateId ? [] : [{ field: 'candidate_id', message: 'required' }]),
      ];
      if (missing.length) throw validationFailed(missing);
      if (!territoryReach(principal, grpcPermission(principal, 'candidates')))
        throw forbidden('Intake needs are read by staff and services');
      assertTerritory(principal, req.territoryId);
      const candidate = await repository.findById(territory(req.territoryId), req.candidateId);
      if (!candidate) throw notFound('Candidate');
      return {
        candidateId: candidate._id,
        promotionId: candidate.promotionId ?? '',
        workshopNeeds: candidate.erasedAt ? [] : (candidate.interview?.workshopNeeds ?? []),
      };
    }),
  };
}
