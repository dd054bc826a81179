import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { SessionParams } from '../../sessions/sessions.request';
import { getCheckInCode } from './get-check-in-code.handler';

const CheckInCodeSchema = apiSchema(
  'CheckInCode',
  z.object({ sessionId: z.string(), code: z.string().describe('6 digits, changes every minute'), expiresAt: z.string().datetime() }),
);

export function getCheckInCodeRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/sessions/:id/check-in-code',
      operationId: 'getCheckInCode',
      summary: "Le code d'émargement (change chaque minute)",
      summaryEn: 'The check-in code (changes every minute)',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'own-sessions'] }),
      request: { params: SessionParams },
      responses: { 200: { description: 'Le code / the code', schema: CheckInCodeSchema } },
    },
    async ({ params }, { principal }) => getCheckInCode(d, principal, params.id),
  );
}
