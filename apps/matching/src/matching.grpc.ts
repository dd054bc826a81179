import { matchingV1 } from '@binome/contracts';
import { assertTerritory, can, territoryReach, type Principal, type TokenVerifier } from '@binome/auth';
import { forbidden, notFound, validationFailed } from '@binome/errors';
import { authenticatedUnary } from '@binome/grpc';
import type { Logger } from '@binome/logging';
import { PAIR_STATUSES, type Pair, type PairStatus } from './modules/pairs/pair.entity';
import type { PairRepository } from './modules/pairs/pair.repository';
import { sortedContributions } from './modules/pairs/pair.views';
import type { PromotionMatchingRepository } from './modules/proposals/promotion-matching.repository';

const S = matchingV1.PairStatus;
const TO_PROTO: Record<PairStatus, matchingV1.PairStatus> = {
  proposed: S.PAIR_STATUS_PROPOSED,
  confirmed: S.PAIR_STATUS_CONFIRMED,
  active: S.PAIR_STATUS_ACTIVE,
  completed: S.PAIR_STATUS_COMPLETED,
  dissolved: S.PAIR_STATUS_DISSOLVED,
  withdrawn: S.PAIR_STATUS_WITHDRAWN,
};
const FROM_PROTO = new Map<matchingV1.PairStatus, PairStatus>(PAIR_STATUSES.map((s) => [TO_PROTO[s], s]));

export function toProtoPair(p: Pair): matchingV1.Pair {
  return {
    pairId: p._id,
    territoryId: p.territoryId,
    promotionId: p.promotionId,
    beneficiaryId: p.beneficiaryId,
    volunteerId: p.volunteerId,
    status: TO_PROTO[p.status],
    score: p.score.total,
    contributions: sortedContributions(p.score.contributions),
    konnecteurId: p.konnecteurId ?? '',
    dissolutionReason: p.dissolution?.reason ?? '',
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    replacesPairId: p.replacesPairId ?? '',
  };
}

function required(fields: Record<string, string>): void {
  const missing = Object.entries(fields).filter(([, v]) => !v);
  if (missing.length) throw validationFailed(missing.map(([field]) => ({ field, message: 'required' })));
}

/**
 * Other services read pairs over gRPC for whole territories: the matrix's `pairs` read with a
 * territory reach (staff, service accounts). A participant's own-pairs reach is served on REST only.
 */
function allowed(principal: Principal, territoryId: string): void {
  if (!territoryReach(principal, can(principal, 'pairs', 'read'))) throw forbidden('Not allowed to read the pairs of a territory');
  assertTerritory(principal, territoryId);
}

/** MatchingService for other services (scheduling asks for a pair, impact counts them). */
export function matchingGrpc(pairs: PairRepository, matchings: PromotionMatchingRepository, verifier: TokenVerifier, logger: Logger) {
  const implementation: matchingV1.MatchingServiceServer = {
    getPair: authenticatedUnary(verifier, logger, async (req: matchingV1.GetPairRequest, principal) => {
      required({ territory_id: req.territoryId, pair_id: req.pairId });
      allowed(principal, req.territoryId);
      const pair = await pairs.findById(principal.scope, req.pairId);
      if (!pair || pair.territoryId !== req.territoryId) throw notFound('Pair');
      return { pair: toProtoPair(pair) };
    }),

    listPairs: authenticatedUnary(verifier, logger, async (req: matchingV1.ListPairsRequest, principal) => {
      required({ territory_id: req.territoryId, promotion_id: req.promotionId });
      allowed(principal, req.territoryId);
      const statuses = req.statuses.map((s) => FROM_PROTO.get(s));
      if (statuses.some((s) => s === undefined)) throw validationFailed([{ field: 'statuses', message: 'unknown status' }]);
      const all = await pairs.ofPromotion(principal.scope, req.promotionId, {
        statuses: PAIR_STATUSES,
        ...(req.beneficiaryId ? { beneficiaryId: req.beneficiaryId } : {}),
        ...(req.volunteerId ? { volunteerId: req.volunteerId } : {}),
      });
      const mine = all.filter((p) => p.territoryId === req.territoryId);
      const wanted = new Set<PairStatus>(statuses.length ? (statuses as PairStatus[]) : PAIR_STATUSES.filter((s) => s !== 'withdrawn'));
      const counts = PAIR_STATUSES.map((s) => ({ status: TO_PROTO[s], count: mine.filter((p) => p.status === s).length })).filter(
        (c) => c.count > 0,
      );
      return { pairs: mine.filter((p) => wanted.has(p.status)).map(toProtoPair), counts };
    }),

    getProposal: authenticatedUnary(verifier, logger, async (req: matchingV1.GetProposalRequest, principal) => {
      required({ territory_id: req.territoryId, promotion_id: req.promotionId });
      allowed(principal, req.territoryId);
      const state = await matchings.find(principal.scope, req.promotionId);
      const latest = state?.territoryId === req.territoryId ? state.latest : undefined;
      return {
        proposalId: latest?.proposalId ?? '',
        territoryId: req.territoryId,
        promotionId: req.promotionId,
        ...(latest ? { ranAt: new Date(latest.ranAt) } : {}),
        pairCount: latest?.pairCount ?? 0,
        totalScore: latest?.totalScore ?? 0,
        unmatchedBeneficiaryIds: latest?.unmatchedBeneficiaryIds ?? [],
        volunteersWithFreeCapacity: latest?.volunteersWithFreeCapacity ?? [],
      };
    }),
  };
  return { definition: matchingV1.MatchingServiceService, implementation };
}
