import type { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, type TokenVerifier } from '@binome/auth';
import { notFound } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import type { PromotionRepository } from '../../promotions/promotion.repository';
import { grpcPermission } from '../../shared/grpc-permission';
import { candidateReach } from '../candidate.reach';
import type { Candidate } from '../candidate.entity';
import type { CandidateRepository } from '../candidate.repository';
import { locateTown } from '../town-gazetteer';

/**
 * A beneficiary as matching sees them: programme attributes, a town point, availability and the
 * interview's workshop needs; no name, no contact. French is the interview's assessed level.
 */
export function matchingProfileOf(c: Candidate): recruitmentV1.BeneficiaryMatchingProfile {
  const town = locateTown(c.contact?.town, c.territoryId);
  return {
    id: c._id,
    territoryId: c.territoryId,
    promotionId: c.promotionId ?? '',
    sector: c.target?.sector ?? '',
    trade: c.target?.trade ?? '',
    frenchLevel: c.interview?.assessedFrenchLevel ?? c.frenchLevel,
    languages: (c.languages ?? []).map((l) => ({ code: l.language, level: l.level })),
    ...(town ? { town } : {}),
    availability: c.availability ?? [],
    needs: c.interview?.workshopNeeds ?? [],
    gender: c.gender ?? '',
    genderPreference: c.genderPreference ?? '',
    conflicts: [],
  };
}

/**
 * Admitted beneficiaries of a promotion (the territory is checked against the caller; service tokens
 * act on all), within the caller's reach on candidates: staff and services all of them, a
 * beneficiary only themselves (matching resolves a participant's pairs this way), others none.
 */
export function matchableBeneficiariesGrpc(
  candidates: CandidateRepository,
  promotions: PromotionRepository,
  verifier: TokenVerifier,
  logger: Logger,
): Pick<recruitmentV1.RecruitmentServiceServer, 'listMatchableBeneficiaries'> {
  return {
    listMatchableBeneficiaries: authenticatedUnary(
      verifier,
      logger,
      async (req: recruitmentV1.ListMatchableBeneficiariesRequest, principal) => {
        const reach = candidateReach(principal, grpcPermission(principal, 'candidates'));
        assertTerritory(principal, req.territoryId);
        const promotion = await promotions.findById(territory(req.territoryId), req.promotionId);
        if (!promotion) throw notFound('Promotion');
        const admitted = reach ? await candidates.admitted(req.territoryId, promotion._id, reach.filter) : [];
        return { beneficiaries: admitted.map(matchingProfileOf) };
      },
    ),
  };
}
