import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { IdParams } from '../../catalogue/catalogue.request';
import type { SessionsDeps } from '../../sessions/sessions.deps';
import { AssiduitySchema } from '../assiduity.views';
import { getWorkshopAssiduity } from './get-workshop-assiduity.handler';

const WorkshopAssiduitySchema = apiSchema(
  'WorkshopAssiduity',
  z.object({ workshopId: z.string(), sessions: z.number().int(), assiduity: AssiduitySchema }),
);

export function getWorkshopAssiduityRoutes(router: Router, d: SessionsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/workshops/:id/assiduity',
      operationId: 'getWorkshopAssiduity',
      summary: "L'assiduité d'un atelier",
      summaryEn: "A workshop's assiduity",
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { params: IdParams },
      responses: { 200: { description: "L'assiduité / the assiduity", schema: WorkshopAssiduitySchema } },
    },
    async ({ params }, { principal }) => getWorkshopAssiduity(d, principal, params.id),
  );
}
