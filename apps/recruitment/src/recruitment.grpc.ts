import type { recruitmentV1 } from '@binome/contracts';
import type { TokenVerifier } from '@binome/auth';
import type { Logger } from '@binome/logging';
import type { CandidateRepository } from './modules/candidates/candidate.repository';
import { candidateGrpc } from './modules/candidates/get-candidate/get-candidate.grpc';
import { intakeNeedsGrpc } from './modules/candidates/get-intake-needs/get-intake-needs.grpc';
import { matchableBeneficiariesGrpc } from './modules/candidates/list-matchable-beneficiaries/list-matchable-beneficiaries.grpc';
import { promotionGrpc } from './modules/promotions/get-promotion/get-promotion.grpc';
import type { PromotionRepository } from './modules/promotions/promotion.repository';
import { ownRecordsGrpc } from './modules/shared/list-own-records.grpc';
import { matchableVolunteersGrpc } from './modules/volunteers/list-matchable-volunteers/list-matchable-volunteers.grpc';
import type { VolunteerRepository } from './modules/volunteers/volunteer.repository';

export interface RecruitmentGrpcDeps {
  candidates: CandidateRepository;
  promotions: PromotionRepository;
  volunteers: VolunteerRepository;
}

/** The RecruitmentService (gRPC, for matching, scheduling, workshops, resources), assembled from the contexts' use cases. */
export function recruitmentGrpc(
  deps: RecruitmentGrpcDeps,
  verifier: TokenVerifier,
  logger: Logger,
): recruitmentV1.RecruitmentServiceServer {
  return {
    ...candidateGrpc(deps.candidates, verifier, logger),
    ...intakeNeedsGrpc(deps.candidates, verifier, logger),
    ...promotionGrpc(deps.promotions, verifier, logger),
    ...matchableVolunteersGrpc(deps.volunteers, deps.promotions, verifier, logger),
    ...matchableBeneficiariesGrpc(deps.candidates, deps.promotions, verifier, logger),
    ...ownRecordsGrpc(deps.candidates, deps.volunteers, verifier, logger),
  };
}
