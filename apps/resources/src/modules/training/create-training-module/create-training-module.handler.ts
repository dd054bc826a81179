import { randomUUID } from 'node:crypto';
import type { Permission, Principal } from '@binome/auth';
import { assertMayEdit } from '../../library/resource.reach';
import type { TrainingModule } from '../training-module.entity';
import type { TrainingDeps } from '../training.deps';
import type { CreateTrainingModuleBody } from './create-training-module.request';

export async function createTrainingModule(d: TrainingDeps, principal: Principal, permission: Permission, body: CreateTrainingModuleBody) {
  assertMayEdit(principal, permission, body.territoryId);
  const now = d.now();
  const m: TrainingModule = { _id: randomUUID(), ...body, createdBy: principal.subject, createdAt: now, updatedAt: now };
  await d.modules.insert(m);
  return m;
}
