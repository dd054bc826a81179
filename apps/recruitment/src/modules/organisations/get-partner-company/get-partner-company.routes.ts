import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { SlugParams } from '../organisations.request';
import { getPartnerCompany } from './get-partner-company.handler';
import { PartnerCompanyView } from '../organisations.views';

export function getPartnerCompanyRoutes(router: Router, deps: OrganisationsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-companies/:id',
      operationId: 'getPartnerCompany',
      summary: 'Lire une entreprise partenaire',
      summaryEn: 'Read a partner company',
      tags: ['recrutement'],
      access: authorize('organisations', 'read'),
      request: { params: SlugParams },
      responses: { 200: { description: 'L’entreprise / the company', schema: PartnerCompanyView } },
    },
    async ({ params }, { principal, permission }) => getPartnerCompany(deps, principal, permission, params.id),
  );
}
