import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { SessionParams } from '../../sessions/sessions.request';
import { AssiduitySchema } from '../assiduity.views';
import { getSessionAssiduity } from './get-session-assiduity.handler';

const SessionAssiduitySchema = apiSchema(
  'SessionAssiduity',
  z.object({ sessionId: z.string(), workshopId: z.string(), assiduity: AssiduitySchema }),
);

export function getSessionAssiduityRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/sessions/:id/assiduity',
      operationId: 'getSessionAssiduity',
      summary: "L'assiduité d'une session",
      summaryEn: "A session's assiduity",
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'own-sessions'] }),
      request: { params: SessionParams },
      responses: { 200: { description: "L'assiduité / the assiduity", schema: SessionAssiduitySchema } },
    },
    async ({ params }, { principal }) => getSessionAssiduity(d, principal, params.id),
  );
}
