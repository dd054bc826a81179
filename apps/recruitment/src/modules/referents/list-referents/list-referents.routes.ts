import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { ReferentKind } from '../referent.entity';
import type { ReferentRepository } from '../referent.repository';
import { REFERENT_LABELS, REFERENT_PATHS } from '../referent-kinds';
import { listReferents } from './list-referents.handler';
import { ListReferentsQuery } from './list-referents.request';
import { ReferentView } from '../referent.views';

export function listReferentsRoutes(router: Router, repository: ReferentRepository, kind: ReferentKind): void {
  const label = REFERENT_LABELS[kind];
  route(
    router,
    {
      method: 'get',
      path: REFERENT_PATHS[kind],
      operationId: `list${label}s`,
      summary: `Lister les ${label}s`,
      summaryEn: `List ${label}s`,
      description:
        'Filtres / filters: `territoryId`, `active`, `topic`, `q` (début du nom ou du prénom / a prefix of the last or first name), `id` (getMany).',
      tags: ['recrutement'],
      access: authorize('volunteers', 'read'),
      request: { query: ListReferentsQuery },
      responses: { 200: { description: `Une page de ${label}s / a page of ${label}s`, schema: ReferentView } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listReferents(repository, principal, permission, kind, query),
  );
}
