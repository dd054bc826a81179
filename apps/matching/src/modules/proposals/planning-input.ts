import type { Principal } from '@binome/auth';
import { territory } from '@binome/persistence';
import type { ProposalsDeps } from './proposals.deps';
import type { PlanningInput } from './proposal.planner';

/** What a run or an explanation plans on: recruitment's cohort, the stored pairs, pins, bans and the territory's weights. */
export async function planningInput(d: ProposalsDeps, principal: Principal, territoryId: string, promotionId: string) {
  const scope = territory(territoryId);
  const [cohort, pairs, state, weights] = await Promise.all([
    d.recruitment.cohort({ token: principal.token }, territoryId, promotionId),
    d.pairs.ofPromotion(scope, promotionId),
    d.matchings.find(scope, promotionId),
    d.weights.weightsOf(territoryId),
  ]);
  const input: PlanningInput = { ...cohort, pairs, pins: state?.pins ?? [], bans: state?.bans ?? [], weights };
  return { input, cohort, pairs };
}
