import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { NoBody, route } from '@binome/http-server';
import type { VolunteerDeps } from '../volunteers.deps';
import { VolunteerIdParams } from '../volunteers.request';
import { eraseVolunteer } from './erase-volunteer.handler';

/** Erasure is a staff act over whole territories, as for candidates. */
export function eraseVolunteerRoutes(router: Router, deps: VolunteerDeps): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/volunteers/:id',
      operationId: 'eraseVolunteer',
      summary: 'Effacer un salarié volontaire (RGPD)',
      summaryEn: 'Erase a volunteer (GDPR)',
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { params: VolunteerIdParams, body: NoBody },
      responses: { 204: { description: 'Effacé / erased' } },
    },
    async ({ params }, { principal }) => {
      await eraseVolunteer(deps, principal, params.id);
    },
  );
}
