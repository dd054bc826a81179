import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { BadgeParams } from '../certification.request';
import { downloadCredential } from './download-credential.handler';

export function downloadCredentialRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/badges/:id/credential',
      operationId: 'downloadBadgeCredential',
      summary: 'Télécharger le badge (Open Badges 3.0, VC-JWT)',
      summaryEn: 'Download the badge (Open Badges 3.0, VC-JWT)',
      tags: ['certification'],
      access: authorize('resources', 'read'),
      request: { params: BadgeParams },
      responses: { 200: { description: 'OpenBadgeCredential, VC-JWT', contentType: 'application/vc+jwt', schema: z.string() } },
    },
    async ({ params }, { principal, permission }) =>
      reply({
        status: 200,
        body: await downloadCredential(d, principal, permission, params.id),
        contentType: 'application/vc+jwt',
        headers: { 'content-disposition': `attachment; filename="badge-${params.id}.jwt"`, 'cache-control': 'private, no-store' },
      }),
  );
}
