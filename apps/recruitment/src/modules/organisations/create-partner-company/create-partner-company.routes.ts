import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { OrganisationsDeps } from '../organisations.deps';
import { createPartnerCompany } from './create-partner-company.handler';
import { createCompanyRequest } from './create-partner-company.request';
import { PartnerCompanyView } from '../organisations.views';

/** Creating a partner record is a staff act. */
export function createPartnerCompanyRoutes(router: Router, deps: OrganisationsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/partner-companies',
      operationId: 'createPartnerCompany',
      summary: 'Créer une entreprise partenaire',
      summaryEn: 'Create a partner company',
      tags: ['recrutement'],
      access: authorize('organisations', 'write', { serves: TERRITORY_REACHES }),
      request: { body: createCompanyRequest(territories) },
      responses: {
        201: { description: 'L’entreprise / the company', schema: PartnerCompanyView },
        409: { description: 'Identifiant déjà pris ou modification concurrente / id already taken or concurrent change' },
      },
    },
    async ({ body }, { principal }) => {
      const doc = await createPartnerCompany(deps, principal, body);
      return reply({ status: 201, body: doc, location: `/v1/partner-companies/${doc._id}` });
    },
  );
}
