import type { Permission, Principal } from '@binome/auth';
import { moduleInReach } from '../training-module.reach';
import { moduleView } from '../training-module.views';
import type { TrainingDeps } from '../training.deps';

export async function getTrainingModule(d: TrainingDeps, principal: Principal, permission: Permission, id: string) {
  const { module, staff } = await moduleInReach(d, principal, permission, id);
  return moduleView(module, staff);
}
