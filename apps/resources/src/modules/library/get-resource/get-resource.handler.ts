import type { Permission, Principal } from '@binome/auth';
import { notFound } from '@binome/errors';
import { publishedFor } from '../list-resources/list-resources.handler';
import type { LibraryDeps } from '../library.deps';
import type { Resource } from '../resource.entity';
import { libraryReach } from '../resource.reach';

/** A resource in the caller's reach (another territory's, or a draft for an audience: 404, as unknown). */
export async function resourceInReach(d: Pick<LibraryDeps, 'resources'>, principal: Principal, permission: Permission, id: string) {
  const reach = libraryReach<Resource>(principal, permission, publishedFor);
  const found = reach ? await d.resources.findById(reach.scope, id, reach.filter) : null;
  if (!found || !reach) throw notFound('Resource');
  return { resource: found, staff: reach.staff };
}
