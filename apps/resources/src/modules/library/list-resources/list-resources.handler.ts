import type { Permission, Principal } from '@binome/auth';
import { idsFilter, pagingOf, prefixSearch } from '@binome/http-server';
import type { Filter } from '@binome/persistence';
import type { LibraryDeps } from '../library.deps';
import type { Resource } from '../resource.entity';
import { libraryReach } from '../resource.reach';
import { resourceView } from '../resource.views';
import type { ListResourcesQuery } from './list-resources.request';

/** Published for one of these audiences (what a non-staff reader sees). */
export const publishedFor = (audiences: string[]): Filter<Resource> => ({
  'publication.version': { $gte: 1 },
  audiences: { $in: audiences },
});

export async function listResources(d: LibraryDeps, principal: Principal, permission: Permission, q: ListResourcesQuery) {
  const reach = libraryReach<Resource>(principal, permission, publishedFor);
  if (!reach) return { items: [], total: 0 };
  const filter = { $and: [d.resources.filterOf(q), prefixSearch(q.q, ['title']), idsFilter(q.id)] };
  const found = await d.resources.findPage(reach.scope, filter, pagingOf(q, { updatedAt: -1 }), reach.filter);
  return { items: found.items.map((r) => resourceView(r, reach.staff)), total: found.total };
}
