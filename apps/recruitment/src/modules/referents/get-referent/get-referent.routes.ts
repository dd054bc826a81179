import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { ReferentKind } from '../referent.entity';
import type { ReferentRepository } from '../referent.repository';
import { REFERENT_LABELS, REFERENT_PATHS } from '../referent-kinds';
import { ReferentIdParams } from '../referents.request';
import { getReferent } from './get-referent.handler';
import { ReferentView } from '../referent.views';

export function getReferentRoutes(router: Router, repository: ReferentRepository, kind: ReferentKind): void {
  const label = REFERENT_LABELS[kind];
  route(
    router,
    {
      method: 'get',
      path: `${REFERENT_PATHS[kind]}/:id`,
      operationId: `get${label}`,
      summary: `Lire un ${label}`,
      summaryEn: `Read a ${label}`,
      tags: ['recrutement'],
      access: authorize('volunteers', 'read'),
      request: { params: ReferentIdParams },
      responses: { 200: { description: `Le ${label} / the ${label}`, schema: ReferentView } },
    },
    async ({ params }, { principal, permission }) => getReferent(repository, principal, permission, kind, params.id),
  );
}
