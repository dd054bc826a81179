import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { Id } from '../../catalogue/catalogue.request';
import { PersonAssiduitySchema } from '../assiduity.views';
import type { AttendanceDeps } from '../attendance.deps';
import { getPersonAssiduity } from './get-person-assiduity.handler';

export const PersonParams = z.object({ personId: Id });

export function getPersonAssiduityRoutes(router: Router, d: AttendanceDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/people/:personId/assiduity',
      operationId: 'getPersonAssiduity',
      summary: "L'assiduité d'une personne et son alerte d'absences",
      summaryEn: "A person's assiduity and absence alert",
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'self'] }),
      request: { params: PersonParams },
      responses: { 200: { description: "L'assiduité / the assiduity", schema: PersonAssiduitySchema } },
    },
    async ({ params }, { principal }) => getPersonAssiduity(d, principal, params.personId),
  );
}
