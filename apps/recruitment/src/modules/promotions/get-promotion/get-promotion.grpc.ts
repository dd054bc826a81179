import type { recruitmentV1 } from '@binome/contracts';
import { assertTerritory, type TokenVerifier } from '@binome/auth';
import { notFound } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { territory } from '@binome/persistence';
import { grpcPermission } from '../../shared/grpc-permission';
import type { PromotionRepository } from '../promotion.repository';

export function promotionGrpc(
  repository: PromotionRepository,
  verifier: TokenVerifier,
  logger: Logger,
): Pick<recruitmentV1.RecruitmentServiceServer, 'getPromotion'> {
  return {
    getPromotion: authenticatedUnary(verifier, logger, async (req: recruitmentV1.GetPromotionRequest, principal) => {
      grpcPermission(principal, 'promotions');
      assertTerritory(principal, req.territoryId);
      const p = await repository.findById(territory(req.territoryId), req.promotionId);
      if (!p) throw notFound('Promotion');
      return {
        promotion: {
          promotionId: p._id,
          territoryId: p.territoryId,
          name: p.name,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
          capacity: p.capacity,
          status: p.status,
          kickoffOn: p.kickoffOn ?? '',
          rexEveningOn: p.rexEveningOn ?? '',
        },
      };
    }),
  };
}
