import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { listPartnerOrganisations } from './list-partner-organisations.handler';
import { ListOrganisationsQuery } from './list-partner-organisations.request';
import { PartnerOrganisationView } from '../organisations.views';

export function listPartnerOrganisationsRoutes(router: Router, deps: OrganisationsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-organisations',
      operationId: 'listPartnerOrganisations',
      summary: 'Lister les associations partenaires',
      summaryEn: 'List partner organisations',
      tags: ['recrutement'],
      access: authorize('organisations', 'read'),
      request: { query: ListOrganisationsQuery },
      responses: { 200: { description: 'Une page d’associations / a page of organisations', schema: PartnerOrganisationView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listPartnerOrganisations(deps, principal, permission, query),
  );
}
