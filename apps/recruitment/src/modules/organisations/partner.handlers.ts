import { assertTerritory, type Principal } from '@binome/auth';
import { conflict, notFound } from '@binome/errors';
import type { MultiTerritoryRepository } from './multi-territory.repository';

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
  await repository.create(doc);
  return doc;
}

export async function updatePartner<T extends { _id: string; territoryId: string[]; updatedAt: Date }>(
  repository: MultiTerritoryRepository<T>,
  principal: Principal,
  id: string,
  patch: Partial<T>,
  label: string,
): Promise<T> {
  const current = await repository.findById(principal.scope, id);
  if (!current) throw notFound(label);
  if (patch.territoryId) assertMayAttach(principal, current.territoryId, patch.territoryId);
  const set = { ...patch, updatedAt: new Date() };
  const updated = await repository.update(principal.scope, id, current.territoryId, set);
  if (!updated) throw conflict(`The ${label.toLowerCase()} changed meanwhile; reload and try again`);
  return { ...current, ...set };
}

/** react-admin reads `id`; the stored key stays `_id`. */
export const withId = <T extends { _id: string }>(d: T) => ({ id: d._id, ...d });
