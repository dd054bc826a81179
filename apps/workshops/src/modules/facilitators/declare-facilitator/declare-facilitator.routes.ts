import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { FacilitatorViewSchema } from '../facilitator.views';
import type { FacilitatorsDeps } from '../facilitators.deps';
import { declareFacilitator } from './declare-facilitator.handler';
import { DeclareFacilitatorBody } from './declare-facilitator.request';

export function declareFacilitatorRoutes(router: Router, d: FacilitatorsDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/facilitators',
      operationId: 'declareFacilitator',
      summary: 'Déclarer un·e animateur·rice (Koach, expert·e RH)',
      summaryEn: 'Declare a facilitator (Koach, HR expert)',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { body: DeclareFacilitatorBody },
      responses: {
        201: { description: "L'animateur·rice / the facilitator", schema: FacilitatorViewSchema },
        409: { description: 'Déjà déclaré·e / already declared' },
      },
    },
    async ({ body }, { principal }) => declareFacilitator(d, principal, body),
  );
}
