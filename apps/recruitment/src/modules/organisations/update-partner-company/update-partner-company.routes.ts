import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { SlugParams } from '../organisations.request';
import { updatePartnerCompany } from './update-partner-company.handler';
import { updateCompanyRequest } from './update-partner-company.request';
import { PartnerCompanyView } from '../organisations.views';

/** PATCH or PUT: editing applies each principal's reach. */
export function updatePartnerCompanyRoutes(router: Router, deps: OrganisationsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/partner-companies/:id',
      operationId: 'updatePartnerCompany',
      summary: 'Modifier une entreprise partenaire',
      summaryEn: 'Update a partner company',
      tags: ['recrutement'],
      access: authorize('organisations', 'write'),
      request: { params: SlugParams, body: updateCompanyRequest(territories) },
      responses: {
        200: { description: 'L’entreprise / the company', schema: PartnerCompanyView },
        409: { description: 'Identifiant déjà pris ou modification concurrente / id already taken or concurrent change' },
      },
    },
    async ({ params, body }, { principal, permission }) => updatePartnerCompany(deps, principal, permission, params.id, body),
  );
}
