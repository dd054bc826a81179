import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { badgeView, BadgeViewSchema } from '../badge.views';
import type { CertificationDeps } from '../certification.deps';
import { BadgeParams } from '../certification.request';
import { chooseBadgeDisplay } from './choose-badge-display.handler';
import { ChooseBadgeDisplayBody } from './choose-badge-display.request';

export function chooseBadgeDisplayRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/badges/:id/display',
      operationId: 'chooseBadgeDisplay',
      summary: 'Choisir comment le badge me nomme (identifiant seul ou nom)',
      summaryEn: 'Choose how the badge names me (identifier only, or name)',
      tags: ['certification'],
      access: authorize('resources', 'write'),
      request: { params: BadgeParams, body: ChooseBadgeDisplayBody },
      responses: { 200: { description: 'Le badge / the badge', schema: BadgeViewSchema } },
    },
    async ({ params, body }, { principal, permission }) =>
      badgeView(d.publicUrl, await chooseBadgeDisplay(d, principal, permission, params.id, body)),
  );
}
