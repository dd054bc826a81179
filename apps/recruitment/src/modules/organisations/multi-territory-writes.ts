import { assertTerritory, type Principal } from '@binome/auth';
import type { Filter, TenantScope } from '@binome/persistence';
import { conflict, forbidden, notFound } from '@binome/errors';
import type { MultiTerritoryRepository } from './multi-territory.repository';
import { staffReaches, type ReachPart } from '@binome/access';

/**
 * Territory-attachment rule for multi-territory records: HQ attaches any territory; a territory
 * manager may only attach (or detach) their own. On creation that means the list is exactly theirs.
 */
export function assertMayAttach(principal: Principal, before: readonly string[], after: readonly string[]): void {
  const changed = [...after.filter((t) => !before.includes(t)), ...before.filter((t) => !after.includes(t))];
  for (const t of changed) assertTerritory(principal, t);
}

/** Creates a multi-territory record after the attachment check. */
export async function createPartner<T extends { _id: string; territoryId: string[]; createdAt: Date; updatedAt: Date }>(
  repository: MultiTerritoryRepository<T>,
  principal: Principal,
  input: { id: string; territoryId: string[] } & Record<string, unknown>,
): Promise<T> {
  assertMayAttach(principal, [], input.territoryId);
  const { id, ...rest } = input;
  const now = new Date();
  const doc = { _id: id, ...rest, createdAt: now, updatedAt: now } as unknown as T;
  await repository.insert(doc);
  return doc;
}

/**
 * Updates a record within the caller's reach (default: the principal's territories). A partner
 * editing its own record (`self`, `own-company`) may not attach territories nor (de)activate it:
 * those stay staff decisions.
 */
export async function updatePartner<T extends { _id: string; territoryId: string[]; updatedAt: Date }>(
  repository: MultiTerritoryRepository<T>,
  principal: Principal,
  id: string,
  patch: Partial<T>,
  label: string,
  reach: { scope: TenantScope; filter: Filter<T>; rule?: string; parts?: Pick<ReachPart<unknown>, 'rule' | 'scope'>[] } = {
    scope: principal.scope,
    filter: {},
  },
): Promise<T> {
  const current = await repository.findById(reach.scope, id, reach.filter);
  if (!current) throw notFound(label);
  // Reached as its own record (`self`, `own-company`), not through a territory rule covering it.
  const ownRecord = reach.parts
    ? !staffReaches({ parts: reach.parts }, current.territoryId)
    : reach.rule === 'self' || reach.rule === 'own-company';
  if (ownRecord && ('territoryId' in patch || 'active' in patch))
    throw forbidden(`Only staff attach territories to, or (de)activate, a ${label.toLowerCase()}`);
  if (patch.territoryId) assertMayAttach(principal, current.territoryId, patch.territoryId);
  const set = { ...patch, updatedAt: new Date() };
  const updated = await repository.update(reach.scope, id, current.territoryId, set, reach.filter);
  if (!updated) throw conflict(`The ${label.toLowerCase()} changed meanwhile; reload and try again`);
  return { ...current, ...set };
}
