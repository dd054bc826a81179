import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { FacilitatorViewSchema } from '../facilitator.views';
import type { FacilitatorsDeps } from '../facilitators.deps';
import { listFacilitators } from './list-facilitators.handler';
import { ListFacilitatorsQuery } from './list-facilitators.request';

export function listFacilitatorsRoutes(router: Router, d: FacilitatorsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/facilitators',
      operationId: 'listFacilitators',
      summary: 'Les animateur·rices et leurs disponibilités',
      summaryEn: 'The facilitators and their availability',
      tags: ['ateliers'],
      // Read of people's records: staff, and a Koach's own record through their write reach (own-sessions).
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'own-sessions'] }),
      request: { query: ListFacilitatorsQuery },
      list: true,
      responses: { 200: { description: 'Une page / a page', schema: FacilitatorViewSchema } },
    },
    async ({ query }, { principal, permission }) => listFacilitators(d, principal, permission, query),
  );
}
