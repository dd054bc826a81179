import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { VolunteerReadDeps } from '../volunteers.deps';
import { listVolunteers } from './list-volunteers.handler';
import { ListVolunteersQuery } from './list-volunteers.request';

/** Search for the console: filters, `q`, getMany, react-admin paging, total in X-Total-Count. */
export function listVolunteersRoutes(router: Router, deps: VolunteerReadDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteers',
      operationId: 'listVolunteers',
      summary: 'Lister les salariés volontaires',
      summaryEn: 'List volunteers',
      tags: ['recrutement'],
      access: authorize('volunteers', 'read'),
      request: { query: ListVolunteersQuery },
      responses: { 200: { description: 'Une page de salariés volontaires / a page of volunteers' } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listVolunteers(deps, principal, permission, query),
  );
}
