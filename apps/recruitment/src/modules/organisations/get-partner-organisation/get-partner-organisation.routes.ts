import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { SlugParams } from '../organisations.request';
import { getPartnerOrganisation } from './get-partner-organisation.handler';
import { PartnerOrganisationView } from '../organisations.views';

export function getPartnerOrganisationRoutes(router: Router, deps: OrganisationsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/partner-organisations/:id',
      operationId: 'getPartnerOrganisation',
      summary: 'Lire une association partenaire',
      summaryEn: 'Read a partner organisation',
      tags: ['recrutement'],
      access: authorize('organisations', 'read'),
      request: { params: SlugParams },
      responses: { 200: { description: 'L’association / the organisation', schema: PartnerOrganisationView } },
    },
    async ({ params }, { principal, permission }) => getPartnerOrganisation(deps, principal, permission, params.id),
  );
}
