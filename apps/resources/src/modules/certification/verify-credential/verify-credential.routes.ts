import type { Router } from 'express';
import { z } from 'zod';
import { reply, route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { BadgeParams } from '../certification.request';
import { verificationPage } from './verify-credential.handler';

export function verifyCredentialRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/credentials/:id',
      operationId: 'verifyBadgeCredential',
      summary: 'Page publique de vérification d’un badge',
      summaryEn: 'Public verification page of a badge',
      tags: ['certification'],
      access: 'public',
      request: { params: BadgeParams },
      responses: { 200: { description: 'HTML', contentType: 'text/html', schema: z.string() } },
    },
    async ({ params }) => reply({ status: 200, body: await verificationPage(d, params.id), contentType: 'text/html; charset=utf-8' }),
  );
}
