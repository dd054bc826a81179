import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { IdParams } from '../../catalogue/catalogue.request';
import { FacilitatorViewSchema } from '../facilitator.views';
import type { FacilitatorsDeps } from '../facilitators.deps';
import { setFacilitatorAvailability } from './set-facilitator-availability.handler';
import { SetAvailabilityBody } from './set-facilitator-availability.request';

export function setFacilitatorAvailabilityRoutes(router: Router, d: FacilitatorsDeps): void {
  route(
    router,
    {
      method: 'put',
      path: '/v1/facilitators/:id/availability',
      operationId: 'setFacilitatorAvailability',
      summary: 'Déclarer ses disponibilités',
      summaryEn: 'Declare the availability',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'own-sessions'] }),
      request: { params: IdParams, body: SetAvailabilityBody },
      responses: { 200: { description: "L'animateur·rice / the facilitator", schema: FacilitatorViewSchema } },
    },
    async ({ params, body }, { principal, permission }) => setFacilitatorAvailability(d, principal, permission, params.id, body),
  );
}
