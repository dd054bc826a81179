import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { VolunteerDeps } from '../volunteers.deps';
import { getMyVolunteerProfile } from './get-my-volunteer-profile.handler';

/** A volunteer's own enrolments (the token's verified email, or its subject recorded as `userId`). */
export function getMyVolunteerProfileRoutes(router: Router, deps: VolunteerDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/volunteers/me',
      operationId: 'getMyVolunteerProfile',
      summary: 'Mon profil de salarié volontaire',
      summaryEn: 'My volunteer profile',
      tags: ['recrutement'],
      access: authorize('volunteers', 'read', { serves: ['self'] }),
      responses: { 200: { description: 'Mes inscriptions / my enrolments' } },
    },
    async (_input, { principal, permission }) => getMyVolunteerProfile(deps, principal, permission),
  );
}
