import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { VolunteerReadDeps } from '../volunteers.deps';
import { VolunteerIdParams } from '../volunteers.request';
import { getVolunteer } from './get-volunteer.handler';

export function getVolunteerRoutes(router: Router, deps: VolunteerReadDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteers/:id',
      operationId: 'getVolunteer',
      summary: 'Lire un salarié volontaire',
      summaryEn: 'Read a volunteer',
      tags: ['recrutement'],
      access: authorize('volunteers', 'read'),
      request: { params: VolunteerIdParams },
      responses: { 200: { description: 'Le salarié volontaire / the volunteer' } },
    },
    async ({ params }, { principal, permission }) => getVolunteer(deps, principal, permission, params.id),
  );
}
