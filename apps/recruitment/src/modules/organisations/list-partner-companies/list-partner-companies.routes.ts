import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { listPartnerCompanies } from './list-partner-companies.handler';
import { ListCompaniesQuery } from './list-partner-companies.request';
import { PartnerCompanyView } from '../organisations.views';

export function listPartnerCompaniesRoutes(router: Router, deps: OrganisationsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-companies',
      operationId: 'listPartnerCompanies',
      summary: 'Lister les entreprises partenaires',
      summaryEn: 'List partner companies',
      tags: ['recrutement'],
      access: authorize('organisations', 'read'),
      request: { query: ListCompaniesQuery },
      responses: { 200: { description: 'Une page d’entreprises / a page of companies', schema: PartnerCompanyView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listPartnerCompanies(deps, principal, permission, query),
  );
}
