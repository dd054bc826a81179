import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { volunteerView } from '../volunteer.views';
import type { VolunteerDeps } from '../volunteers.deps';
import { VolunteerIdParams } from '../volunteers.request';
import { transitionVolunteer } from './transition-volunteer.handler';
import { VolunteerTransitionRequest } from './transition-volunteer.request';

/** The lifecycle is a staff act over whole territories. */
export function transitionVolunteerRoutes(router: Router, deps: VolunteerDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/volunteers/:id/transitions',
      operationId: 'transitionVolunteer',
      summary: 'Faire avancer un salarié volontaire (formé, actif…)',
      summaryEn: 'Move a volunteer on (trained, active…)',
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { params: VolunteerIdParams, body: VolunteerTransitionRequest },
      responses: {
        200: { description: 'Le salarié volontaire / the volunteer' },
        409: { description: 'Transition interdite / illegal transition' },
      },
    },
    async ({ params, body }, { principal }) => volunteerView(await transitionVolunteer(deps, principal, params.id, body)),
  );
}
