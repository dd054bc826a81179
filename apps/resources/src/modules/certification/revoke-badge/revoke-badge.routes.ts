import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { badgeView, BadgeViewSchema } from '../badge.views';
import type { CertificationDeps } from '../certification.deps';
import { BadgeParams } from '../certification.request';
import { revokeBadge } from './revoke-badge.handler';
import { RevokeBadgeBody } from './revoke-badge.request';

export function revokeBadgeRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/badges/:id/revocation',
      operationId: 'revokeBadge',
      summary: 'Révoquer un badge (liste de statut publique)',
      summaryEn: 'Revoke a badge (public status list)',
      tags: ['certification'],
      access: authorize('resources', 'write', { serves: TERRITORY_REACHES }),
      request: { params: BadgeParams, body: RevokeBadgeBody },
      responses: { 200: { description: 'Le badge / the badge', schema: BadgeViewSchema } },
    },
    async ({ params, body }, { principal, permission }) =>
      badgeView(d.publicUrl, await revokeBadge(d, principal, permission, params.id, body)),
  );
}
