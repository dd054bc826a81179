import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { createPartnerOrganisation } from './create-partner-organisation.handler';
import { createOrganisationRequest } from './create-partner-organisation.request';
import { PartnerOrganisationView } from '../organisations.views';

/** Creating a partner record is a staff act. */
export function createPartnerOrganisationRoutes(router: Router, deps: OrganisationsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/partner-organisations',
      operationId: 'createPartnerOrganisation',
      summary: 'Créer une association partenaire',
      summaryEn: 'Create a partner organisation',
      tags: ['recrutement'],
      access: authorize('organisations', 'write', { serves: TERRITORY_REACHES }),
      request: { body: createOrganisationRequest(territories) },
      responses: {
        201: { description: 'L’association / the organisation', schema: PartnerOrganisationView },
        409: { description: 'Identifiant déjà pris ou modification concurrente / id already taken or concurrent change' },
      },
    },
    async ({ body }, { principal }) => {
      const doc = await createPartnerOrganisation(deps, principal, body);
      return reply({ status: 201, body: doc, location: `/v1/partner-organisations/${doc._id}` });
    },
  );
}
