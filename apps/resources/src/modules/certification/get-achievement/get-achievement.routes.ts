import type { Router } from 'express';
import { z } from 'zod';
import { notFound } from '@binome/errors';
import { route } from '@binome/http-server';
import { Id } from '../../library/library.request';
import { achievementOf } from '../achievement.catalogue';
import type { CertificationDeps } from '../certification.deps';
import { achievementDocument } from '../credentials';

export function getAchievementRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/achievements/:id',
      operationId: 'getPublicAchievement',
      summary: 'Un badge et ses critères (Open Badges 3.0 Achievement)',
      summaryEn: 'A badge and its criteria (Open Badges 3.0 Achievement)',
      tags: ['certification'],
      access: 'public',
      request: { params: z.object({ id: Id }) },
      responses: { 200: { description: 'Achievement', schema: z.object({}).passthrough() } },
    },
    async ({ params }) => {
      const a = achievementOf(params.id);
      if (!a) throw notFound('Achievement');
      return achievementDocument(d.publicUrl, a);
    },
  );
}
