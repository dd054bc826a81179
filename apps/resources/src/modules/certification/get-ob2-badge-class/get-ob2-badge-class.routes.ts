import type { Router } from 'express';
import { z } from 'zod';
import { notFound } from '@binome/errors';
import { route } from '@binome/http-server';
import { Id } from '../../library/library.request';
import { achievementOf } from '../achievement.catalogue';
import type { CertificationDeps } from '../certification.deps';
import { ob2 } from '../credentials';

export function getOb2BadgeClassRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/ob2/badge-classes/:id',
      operationId: 'getOb2BadgeClass',
      summary: 'Un badge (Open Badges 2.0 BadgeClass)',
      summaryEn: 'A badge (Open Badges 2.0 BadgeClass)',
      tags: ['certification'],
      access: 'public',
      request: { params: z.object({ id: Id }) },
      responses: { 200: { description: 'BadgeClass', schema: z.object({}).passthrough() } },
    },
    async ({ params }) => {
      const a = achievementOf(params.id);
      if (!a) throw notFound('Badge class');
      return ob2.badgeClass(d.publicUrl, a);
    },
  );
}
