import type { z } from 'zod';
import { staffReaches } from '@binome/access';
import type { Permission, Principal } from '@binome/auth';
import { idsFilter, pagingOf } from '@binome/http-server';
import type { Filter } from '@binome/persistence';
import type { Survey } from '../survey.entity';
import { surveyReach } from '../survey.reach';
import { surveyView } from '../survey.views';
import type { SurveysDeps } from '../surveys.deps';
import type { ListSurveysQuery } from './list-surveys.request';

/** What is due (or answered) for the pairs the caller reaches: staff their territory, a Konnecteur the pairs they follow. */
export async function listSurveys(d: SurveysDeps, principal: Principal, permission: Permission, q: z.infer<typeof ListSurveysQuery>) {
  const reach = await surveyReach(d.konnecteurs, principal, permission);
  if (!reach) return { items: [], total: 0 };
  const filter: Filter<Survey> = {
    ...idsFilter(q.id),
    ...(q.pairId ? { pairId: q.pairId } : {}),
    ...(q.promotionId ? { promotionId: q.promotionId } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.wave ? { wave: q.wave } : {}),
    ...(q.respondent ? { respondent: q.respondent } : {}),
    ...(q.dueBefore ? { dueOn: { $lte: q.dueBefore } } : {}),
  };
  const found = await d.surveys.list(reach.scope, filter, pagingOf(q, { dueOn: 1 }), reach.filter);
  const today = d.now().toISOString().slice(0, 10);
  return { items: found.items.map((s) => surveyView(s, today, staffReaches(reach, s.territoryId))), total: found.total };
}
