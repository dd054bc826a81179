import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { SlugParams } from '../organisations.request';
import { updatePartnerOrganisation } from './update-partner-organisation.handler';
import { updateOrganisationRequest } from './update-partner-organisation.request';
import { PartnerOrganisationView } from '../organisations.views';

/** PATCH or PUT: editing applies each principal's reach. */
export function updatePartnerOrganisationRoutes(router: Router, deps: OrganisationsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/partner-organisations/:id',
      operationId: 'updatePartnerOrganisation',
      summary: 'Modifier une association partenaire',
      summaryEn: 'Update a partner organisation',
      tags: ['recrutement'],
      access: authorize('organisations', 'write'),
      request: { params: SlugParams, body: updateOrganisationRequest(territories) },
      responses: {
        200: { description: 'L’association / the organisation', schema: PartnerOrganisationView },
        409: { description: 'Identifiant déjà pris ou modification concurrente / id already taken or concurrent change' },
      },
    },
    async ({ params, body }, { principal, permission }) => updatePartnerOrganisation(deps, principal, permission, params.id, body),
  );
}
