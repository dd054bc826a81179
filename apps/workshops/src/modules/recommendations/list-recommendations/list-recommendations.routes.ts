import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { Id } from '../../catalogue/catalogue.request';
import type { RecommendationsDeps } from '../recommendations.deps';
import { listRecommendations } from './list-recommendations.handler';

const RecommendationsSchema = apiSchema(
  'WorkshopRecommendations',
  z.object({
    personId: z.string(),
    territoryId: z.string(),
    recommended: z.array(
      z.object({
        workshopId: z.string(),
        title: z.string(),
        needs: z.array(z.string()),
        sources: z.array(z.enum(['intake', 't0-survey', 'meetings'])),
        reasons: z.array(z.string()),
        nextSessions: z.array(z.object({ sessionId: z.string(), startsAt: z.string(), closesAt: z.string(), seatsLeft: z.number().int() })),
      }),
    ),
    notRepeated: z.array(
      z.object({
        workshopId: z.string(),
        title: z.string(),
        reason: z.enum(['already-attended', 'offered-by-referring-partner']),
        detail: z.string(),
      }),
    ),
    unavailable: z.array(z.enum(['t0-survey'])).describe('sources that could not be asked (impact unreachable): the rest still answer'),
  }),
);

export function listRecommendationsRoutes(router: Router, d: RecommendationsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/beneficiaries/:personId/recommendations',
      operationId: 'listWorkshopRecommendations',
      summary: 'Les ateliers recommandés à une personne, avec leurs raisons',
      summaryEn: 'The workshops recommended to a person, with their reasons',
      tags: ['ateliers'],
      access: authorize('workshops', 'write', { serves: ['all-territories', 'own-territory', 'self'] }),
      request: { params: z.object({ personId: Id }) },
      responses: { 200: { description: 'Les recommandations / the recommendations', schema: RecommendationsSchema } },
    },
    async ({ params }, { principal }) => listRecommendations(d, principal, params.personId),
  );
}
