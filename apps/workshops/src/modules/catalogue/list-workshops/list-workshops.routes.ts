import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CatalogueDeps } from '../catalogue.deps';
import { WorkshopViewSchema } from '../workshop.views';
import { listWorkshops } from './list-workshops.handler';
import { ListWorkshopsQuery } from './list-workshops.request';

export function listWorkshopsRoutes(router: Router, d: CatalogueDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/workshops',
      operationId: 'listWorkshops',
      summary: 'Le catalogue des ateliers',
      summaryEn: 'The workshop catalogue',
      description:
        'Filtres / filters: `territoryId`, `need` (repeatable), `competency`, `format`, `active`, `q` (title prefix), `id` (getMany).',
      tags: ['ateliers'],
      access: authorize('workshops', 'read', { serves: TERRITORY_REACHES }),
      request: { query: ListWorkshopsQuery },
      list: true,
      responses: { 200: { description: 'Une page du catalogue / a page of the catalogue', schema: WorkshopViewSchema } },
    },
    async ({ query }, { principal }) => listWorkshops(d, principal, query),
  );
}
