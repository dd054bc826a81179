import type { Principal } from '@binome/auth';
import { idsFilter, pagingOf, prefixSearch } from '@binome/http-server';
import { territory } from '@binome/persistence';
import type { CatalogueDeps } from '../catalogue.deps';
import { workshopView } from '../workshop.views';
import type { ListWorkshopsQuery } from './list-workshops.request';

/** The catalogue of the caller's territories (all for HQ), filtered by need, competency or format. */
export async function listWorkshops(d: CatalogueDeps, principal: Principal, q: ListWorkshopsQuery) {
  const scope = q.territoryId
    ? principal.scope.kind === 'all' || principal.scope.territories.includes(q.territoryId)
      ? territory(q.territoryId)
      : { kind: 'some' as const, territories: [] }
    : principal.scope;
  const filter = {
    $and: [
      idsFilter(q.id),
      prefixSearch(q.q, ['title', 'slug']),
      q.need ? { needs: { $in: q.need } } : {},
      q.competency ? { competencies: q.competency } : {},
      q.format ? { format: q.format } : {},
      q.active ? { active: q.active === 'true' } : {},
    ],
  };
  const { items, total } = await d.workshops.list(scope, filter, pagingOf(q, { territoryId: 1, slug: 1 }));
  return { items: items.map(workshopView), total };
}
