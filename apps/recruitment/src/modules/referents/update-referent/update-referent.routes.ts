import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { ReferentKind } from '../referent.entity';
import type { ReferentRepository } from '../referent.repository';
import { REFERENT_LABELS, REFERENT_PATHS } from '../referent-kinds';
import { ReferentIdParams } from '../referents.request';
import { updateReferent } from './update-referent.handler';
import { updateReferentRequest } from './update-referent.request';
import { ReferentView } from '../referent.views';

/** PATCH or PUT; editing a Konnecteur or a Koach is a staff act. */
export function updateReferentRoutes(
  router: Router,
  repository: ReferentRepository,
  kind: ReferentKind,
  territories: readonly string[],
): void {
  const label = REFERENT_LABELS[kind];
  route(
    router,
    {
      method: ['patch', 'put'],
      path: `${REFERENT_PATHS[kind]}/:id`,
      operationId: `update${label}`,
      summary: `Modifier un ${label}`,
      summaryEn: `Update a ${label}`,
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { params: ReferentIdParams, body: updateReferentRequest(kind, territories) },
      responses: {
        200: { description: `Le ${label} / the ${label}`, schema: ReferentView },
        409: { description: 'Modification concurrente / concurrent change' },
      },
    },
    async ({ params, body }, { principal }) => updateReferent(repository, principal, kind, params.id, body),
  );
}
