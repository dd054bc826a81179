import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { VolunteerDeps } from '../volunteers.deps';
import { VolunteerIdParams } from '../volunteers.request';
import { updateVolunteerAs } from './update-volunteer.handler';
import { UpdateVolunteerRequest } from './update-volunteer.request';

/** Profile changes: staff in their territories, company HR for their employees, a volunteer their own. */
export function updateVolunteerRoutes(router: Router, deps: VolunteerDeps): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/volunteers/:id',
      operationId: 'updateVolunteer',
      summary: 'Modifier un salarié volontaire',
      summaryEn: 'Update a volunteer',
      tags: ['recrutement'],
      access: authorize('volunteers', 'write'),
      request: { params: VolunteerIdParams, body: UpdateVolunteerRequest },
      responses: {
        200: { description: 'Le salarié volontaire / the volunteer' },
        409: { description: 'Modification concurrente / concurrent change' },
      },
    },
    async ({ params, body }, { principal, permission }) => updateVolunteerAs(deps, principal, permission, params.id, body),
  );
}
