import { can, type Permission, type Principal } from '@binome/auth';
import { forbidden, notFound } from '@binome/errors';
import { libraryReach } from '../library/resource.reach';
import type { LearnerKind, TrainingModule } from './training-module.entity';
import type { TrainingDeps } from './training.deps';

/** Modules read like the library: staff every module of their territories and the national ones; learners those of their audience. */
export async function moduleInReach(d: Pick<TrainingDeps, 'modules'>, principal: Principal, permission: Permission, id: string) {
  const reach = libraryReach<TrainingModule>(principal, permission, (audiences) => ({ audience: { $in: audiences } }));
  const found = reach ? await d.modules.findById(reach.scope, id, reach.filter) : null;
  if (!found || !reach) throw notFound('Training module');
  return { module: found, staff: reach.staff };
}

/**
 * The learner a self-paced step is recorded for: the caller, as the module's audience (a role they
 * hold), in their realm's territory, identified by their account subject (`self` write).
 */
export async function learnerOf(d: Pick<TrainingDeps, 'modules'>, principal: Principal, id: string) {
  const { module } = await moduleInReach(d, principal, can(principal, 'resources', 'read'), id);
  const kind = module.audience as LearnerKind;
  if (!principal.roles.includes(kind)) throw forbidden(`This module is for the ${kind}s`);
  if (principal.scope.kind !== 'some' || principal.scope.territories.length !== 1)
    throw forbidden('A learner acts from their territory’s account');
  return { module, territoryId: principal.scope.territories[0], kind, personId: principal.subject };
}
