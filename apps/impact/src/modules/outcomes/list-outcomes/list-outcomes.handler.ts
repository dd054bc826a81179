import type { z } from 'zod';
import { staffReaches } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { pagingOf } from '@binome/http-server';
import { surveyReach } from '../../surveys/survey.reach';
import type { SurveysDeps } from '../../surveys/surveys.deps';
import { outcomeView } from '../outcome.views';
import type { ListOutcomesQuery } from './list-outcomes.routes';

/** Outcomes of the pairs the caller reaches (a Konnecteur: the pairs whose surveys they collect). */
export async function listOutcomes(d: SurveysDeps, principal: Principal, permission: Permission, q: z.infer<typeof ListOutcomesQuery>) {
  const reach = await surveyReach(d.konnecteurs, principal, permission);
  if (!reach) return { items: [], total: 0 };
  // A territory reach sees its territory's outcomes; a Konnecteur's, those of the pairs whose surveys it reaches.
  const pairIds =
    Object.keys(reach.filter).length === 0
      ? undefined
      : [...new Set((await d.surveys.findMany(reach.scope, reach.filter)).map((s) => s.pairId))];
  const filter = {
    ...(q.pairId ? { pairId: q.pairId } : {}),
    ...(q.promotionId ? { promotionId: q.promotionId } : {}),
    ...(pairIds ? { $and: [{ pairId: { $in: pairIds } }] } : {}),
  };
  const found = await d.outcomes.list(reach.scope, filter, pagingOf(q, { recordedAt: -1 }));
  return { items: found.items.map((o) => outcomeView(o, staffReaches(reach, o.territoryId))), total: found.total };
}
