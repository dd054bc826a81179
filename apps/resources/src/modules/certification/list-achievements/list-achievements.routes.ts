import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import { listAchievements } from './list-achievements.handler';

const AchievementSchema = apiSchema(
  'Achievement',
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    criteria: z.string(),
    recipientKind: z.string(),
    rule: z.object({ event: z.string() }).passthrough().describe('the event that awards it and the condition on it'),
  }),
);

export function listAchievementsRoutes(router: Router): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/achievements',
      operationId: 'listAchievements',
      summary: 'Les badges et la règle qui attribue chacun',
      summaryEn: 'The badges and the rule that awards each',
      tags: ['certification'],
      access: authorize('resources', 'read'),
      list: true,
      responses: { 200: { description: 'Les badges / the badges', schema: z.array(AchievementSchema) } },
    },
    async () => listAchievements(),
  );
}
