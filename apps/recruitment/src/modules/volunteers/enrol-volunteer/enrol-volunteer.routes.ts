import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import { volunteerView } from '../volunteer.views';
import type { VolunteerDeps } from '../volunteers.deps';
import { enrolVolunteer } from './enrol-volunteer.handler';
import { enrolVolunteerRequest } from './enrol-volunteer.request';

/** Enrolment is a staff act over whole territories. */
export function enrolVolunteerRoutes(router: Router, deps: VolunteerDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/volunteers',
      operationId: 'enrolVolunteer',
      summary: 'Inscrire un salarié volontaire',
      summaryEn: 'Enrol a volunteer',
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { body: enrolVolunteerRequest(territories) },
      responses: {
        201: { description: 'Le salarié volontaire / the volunteer' },
        409: { description: 'Déjà inscrit dans cette promotion / already enrolled in this promotion' },
      },
    },
    async ({ body }, { principal }) => {
      const volunteer = await enrolVolunteer(deps, principal, body);
      return reply({ status: 201, body: volunteerView(volunteer), location: `/v1/volunteers/${volunteer._id}` });
    },
  );
}
