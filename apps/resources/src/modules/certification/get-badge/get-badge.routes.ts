import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { BadgeViewSchema } from '../badge.views';
import type { CertificationDeps } from '../certification.deps';
import { BadgeParams } from '../certification.request';
import { getBadge } from './get-badge.handler';

export function getBadgeRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/badges/:id',
      operationId: 'getBadge',
      summary: 'Un badge attribué',
      summaryEn: 'An awarded badge',
      tags: ['certification'],
      access: authorize('resources', 'read'),
      request: { params: BadgeParams },
      responses: { 200: { description: 'Le badge / the badge', schema: BadgeViewSchema } },
    },
    async ({ params }, { principal, permission }) => getBadge(d, principal, permission, params.id),
  );
}
