import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { IdParams } from '../../catalogue/catalogue.request';
import type { FeedbackDeps } from '../feedback.deps';
import { getWorkshopFeedback } from './get-workshop-feedback.handler';

const WorkshopFeedbackSchema = apiSchema(
  'WorkshopFeedback',
  z.object({
    workshopId: z.string(),
    count: z.number().int(),
    averageUsefulness: z.number().nullable(),
    distribution: z.array(z.number().int()).describe('how many rated 1, 2, 3, 4, 5'),
    offeredByPartners: z.array(z.string()),
    items: z.array(
      z.object({
        id: z.string(),
        sessionId: z.string(),
        usefulness: z.number().int(),
        comment: z.string().optional(),
        anonymous: z.boolean(),
        personId: z.string().optional().describe('absent when anonymous'),
        givenOn: z.string(),
      }),
    ),
  }),
);

export function getWorkshopFeedbackRoutes(router: Router, d: FeedbackDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/workshops/:id/feedback',
      operationId: 'getWorkshopFeedback',
      summary: "Les avis sur un atelier et les partenaires qui l'offrent déjà",
      summaryEn: 'The ratings of a workshop and the partners already offering it',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: TERRITORY_REACHES }),
      request: { params: IdParams },
      responses: { 200: { description: 'Les avis / the ratings', schema: WorkshopFeedbackSchema } },
    },
    async ({ params }, { principal }) => getWorkshopFeedback(d, principal, params.id),
  );
}
