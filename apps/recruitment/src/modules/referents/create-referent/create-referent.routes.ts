import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { ReferentKind } from '../referent.entity';
import type { ReferentRepository } from '../referent.repository';
import { REFERENT_LABELS, REFERENT_PATHS } from '../referent-kinds';
import { createReferent } from './create-referent.handler';
import { createReferentRequest } from './create-referent.request';
import { ReferentView } from '../referent.views';

/** Creating a Konnecteur or a Koach is a staff act. */
export function createReferentRoutes(
  router: Router,
  repository: ReferentRepository,
  kind: ReferentKind,
  territories: readonly string[],
): void {
  const path = REFERENT_PATHS[kind];
  const label = REFERENT_LABELS[kind];
  route(
    router,
    {
      method: 'post',
      path,
      operationId: `create${label}`,
      summary: `Créer un ${label}`,
      summaryEn: `Create a ${label}`,
      tags: ['recrutement'],
      access: authorize('volunteers', 'write', { serves: TERRITORY_REACHES }),
      request: { body: createReferentRequest(kind, territories) },
      responses: {
        201: { description: `Le ${label} / the ${label}`, schema: ReferentView },
        409: { description: 'Adresse déjà enregistrée / email already recorded' },
      },
    },
    async ({ body }, { principal }) => {
      const doc = await createReferent(repository, principal, kind, body);
      return reply({ status: 201, body: doc, location: `${path}/${doc._id}` });
    },
  );
}
