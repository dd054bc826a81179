import type { Principal } from '@binome/auth';
import { fromEngineError } from '../../pairs/rule-conflict';
import { matchingStateOf } from '../matching-state';
import { planningInput } from '../planning-input';
import { explainWhyNot, type Explanation } from '../proposal.planner';
import type { ProposalsDeps } from '../proposals.deps';

function describe(e: Explanation): string {
  switch (e.kind) {
    case 'proposed':
      return `Proposed together (score ${e.score}).`;
    case 'decided':
      return `The beneficiary is already in a ${e.status} pair with volunteer ${e.volunteerId}; runs do not reopen staff decisions.`;
    case 'forbidden':
      return `Not allowed by the rule "${e.rule}": ${e.message}.`;
    case 'costly':
      return e.pairsLost > 0
        ? `Allowed (score ${e.pairScore}), but imposing it would leave ${e.pairsLost} more beneficiary(ies) without a volunteer.`
        : `Allowed (score ${e.pairScore}), but the cohort would lose ${e.scoreLost} points of total score (${e.forced.totalScore} instead of ${e.optimum.totalScore}).`;
  }
}

/** "Why not volunteer X for beneficiary B?" — one volunteer, or every volunteer of the cohort. */
export async function explainPair(
  d: ProposalsDeps,
  principal: Principal,
  promotionId: string,
  beneficiaryId: string,
  volunteerId?: string,
) {
  const state = await matchingStateOf(d, principal, promotionId);
  const { input, cohort } = await planningInput(d, principal, state.territoryId, promotionId);
  const one = (v: string) => {
    try {
      const e = explainWhyNot(input, beneficiaryId, v);
      return { beneficiaryId, volunteerId: v, ...e, summary: describe(e) };
    } catch (error) {
      throw fromEngineError(error);
    }
  };
  if (volunteerId) return one(volunteerId);
  return { beneficiaryId, explanations: cohort.volunteers.map((v) => one(v.id)) };
}
