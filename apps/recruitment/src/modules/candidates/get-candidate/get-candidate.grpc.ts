import type { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, type TokenVerifier } from '@binome/auth';
import { notFound } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import { summaryOf } from '../candidate.entity';
import { grpcPermission } from '../../shared/grpc-permission';
import { candidateReach } from '../candidate.reach';
import type { CandidateRepository } from '../candidate.repository';

export function candidateGrpc(
  repository: CandidateRepository,
  verifier: TokenVerifier,
  logger: Logger,
): Pick<recruitmentV1.RecruitmentServiceServer, 'getCandidateSummary'> {
  return {
    getCandidateSummary: authenticatedUnary(verifier, logger, async (req: recruitmentV1.GetCandidateSummaryRequest, principal) => {
      const reach = candidateReach(principal, grpcPermission(principal, 'candidates'));
      assertTerritory(principal, req.territoryId);
      const candidate = reach ? await repository.findById(territory(req.territoryId), req.candidateId, reach.filter) : null;
      if (!candidate) throw notFound('Candidate');
      return { candidate: summaryOf(candidate) };
    }),
  };
}
