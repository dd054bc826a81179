import type { Permission, Principal } from '@binome/auth';
import { idsFilter, pagingOf } from '@binome/http-server';
import { libraryReach } from '../../library/resource.reach';
import type { TrainingModule } from '../training-module.entity';
import { moduleView } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';
import type { ListTrainingModulesQuery } from './list-training-modules.request';

export async function listTrainingModules(d: TrainingDeps, principal: Principal, permission: Permission, q: ListTrainingModulesQuery) {
  const reach = libraryReach<TrainingModule>(principal, permission, (audiences) => ({ audience: { $in: audiences } }));
  if (!reach) return { items: [], total: 0 };
  const filter = {
    ...(q.audience ? { audience: q.audience } : {}),
    ...(q.territoryId ? { territoryId: q.territoryId } : {}),
    ...(q.mandatory ? { mandatory: q.mandatory === 'true' } : {}),
    ...idsFilter(q.id),
  };
  const found = await d.modules.findPage(reach.scope, filter, pagingOf(q, { title: 1 }), reach.filter);
  return { items: found.items.map((m) => moduleView(m, reach.staff)), total: found.total };
}
