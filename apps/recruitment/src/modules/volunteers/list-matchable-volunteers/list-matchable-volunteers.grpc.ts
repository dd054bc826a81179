import type { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, type TokenVerifier } from '@binome/auth';
import { notFound, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import type { PromotionRepository } from '../../promotions/promotion.repository';
import type { Volunteer } from '../volunteer.entity';
import { grpcPermission } from '../../shared/grpc-permission';
import { volunteerReach } from '../volunteer.reach';
import type { VolunteerRepository } from '../volunteer.repository';

export function matchingProfileOf(v: Volunteer): recruitmentV1.VolunteerMatchingProfile {
  return {
    id: v._id,
    territoryId: v.territoryId,
    promotionId: v.promotionId,
    companyId: v.companyId,
    sector: v.sector,
    trade: v.trade ?? '',
    languages: v.languages.map((l) => ({ code: l.language, level: l.level })),
    workplace: v.workplace.geo ? { lat: v.workplace.geo.lat, lon: v.workplace.geo.lon } : undefined,
    availability: v.availability,
    strengths: v.strengths,
    capacity: v.capacity,
    trained: v.trained,
    gender: v.gender ?? '',
    minFrenchLevel: v.minFrenchLevel ?? '',
  };
}

/**
 * Enrolled (not withdrawn) volunteers of a promotion, with `trained` (untrained ones cannot be
 * confirmed), within the caller's reach on volunteers: staff and services all, a volunteer only
 * themselves (matching resolves a participant's pairs this way), others none.
 */
export function matchableVolunteersGrpc(
  volunteers: VolunteerRepository,
  promotions: PromotionRepository,
  verifier: TokenVerifier,
  logger: Logger,
): Pick<recruitmentV1.RecruitmentServiceServer, 'listMatchableVolunteers'> {
  return {
    listMatchableVolunteers: authenticatedUnary(verifier, logger, async (req: recruitmentV1.ListMatchableVolunteersRequest, principal) => {
      if (!req.territoryId || !req.promotionId)
        throw validationFailed([
          ...(!req.territoryId ? [{ field: 'territory_id', message: 'required' }] : []),
          ...(!req.promotionId ? [{ field: 'promotion_id', message: 'required' }] : []),
        ]);
      const reach = volunteerReach(principal, grpcPermission(principal, 'volunteers'));
      assertTerritory(principal, req.territoryId);
      const scope = territory(req.territoryId);
      if (!(await promotions.findById(scope, req.promotionId))) throw notFound('Promotion');
      return { volunteers: reach ? (await volunteers.matchable(scope, req.promotionId, reach.filter)).map(matchingProfileOf) : [] };
    }),
  };
}
