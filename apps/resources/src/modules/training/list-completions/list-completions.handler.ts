import { can, type Principal } from '@binome/auth';
import { forbidden } from '@binome/errors';
import { pagingOf, type PagingInput } from '@binome/http-server';
import { isStaff } from '../../library/resource.reach';
import { completionView } from '../training-module.views';
import { moduleInReach } from '../training-module.reach';
import type { TrainingDeps } from '../training.deps';

/** Who completed a module, in the staff member's territories (a national module: each territory's own people). */
export async function listCompletions(d: TrainingDeps, principal: Principal, id: string, q: PagingInput) {
  if (!isStaff(principal)) throw forbidden('Completions are read by staff');
  await moduleInReach(d, principal, can(principal, 'resources', 'read'), id);
  const found = await d.completions.findPage(principal.scope, { moduleId: id }, pagingOf(q, { updatedAt: -1 }));
  return { items: found.items.map(completionView), total: found.total };
}
