import { can, type Permission, type Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import type { LibraryDeps } from './library.deps';
import type { Resource } from './resource.entity';
import { assertMayEdit, libraryReach } from './resource.reach';

/**
 * The resource a staff member is about to change: found in their read reach (404 otherwise, as an
 * unknown id), then checked against their write reach (403 for a national record edited by a
 * territory manager). Returns the record and the scope of the write.
 */
export async function editableResource(d: Pick<LibraryDeps, 'resources'>, principal: Principal, write: Permission, id: string) {
  const reach = libraryReach<Resource>(principal, can(principal, 'resources', 'read'), () => ({}));
  const found = reach?.staff ? await d.resources.findById(reach.scope, id, reach.filter) : null;
  if (!found) throw notFound('Resource');
  return { resource: found, scope: assertMayEdit(principal, write, found.territoryId) };
}
