import type { Router } from 'express';
import { z } from 'zod';
import { reply, route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { signedStatusList } from './get-status-list.handler';

export function getStatusListRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/status-list',
      operationId: 'getBadgeStatusList',
      summary: 'La liste de révocation des badges (Bitstring Status List, VC-JWT)',
      summaryEn: 'The badge revocation list (Bitstring Status List, VC-JWT)',
      tags: ['certification'],
      access: 'public',
      responses: { 200: { description: 'BitstringStatusListCredential', contentType: 'application/vc+jwt', schema: z.string() } },
    },
    async () =>
      reply({
        status: 200,
        body: await signedStatusList(d),
        contentType: 'application/vc+jwt',
        headers: { 'cache-control': 'public, max-age=60' },
      }),
  );
}
