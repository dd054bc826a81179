import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { BadgeViewSchema } from '../badge.views';
import type { CertificationDeps } from '../certification.deps';
import { listBadges } from './list-badges.handler';
import { ListBadgesQuery } from './list-badges.request';

export function listBadgesRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/badges',
      operationId: 'listBadges',
      summary: 'Les badges attribués (équipe : son territoire ; une personne : les siens)',
      summaryEn: 'Awarded badges (staff: their territory; a person: their own)',
      tags: ['certification'],
      access: authorize('resources', 'read'),
      request: { query: ListBadgesQuery },
      list: true,
      responses: { 200: { description: 'Les badges / the badges', schema: z.array(BadgeViewSchema) } },
    },
    async ({ query }, { principal, permission }) => listBadges(d, principal, permission, query),
  );
}
