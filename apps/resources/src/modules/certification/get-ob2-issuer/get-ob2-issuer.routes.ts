import type { Router } from 'express';
import { z } from 'zod';
import { route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { ob2 } from '../credentials';

export function getOb2IssuerRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/ob2/issuer',
      operationId: 'getOb2Issuer',
      summary: 'L’émetteur (Open Badges 2.0)',
      summaryEn: 'The issuer (Open Badges 2.0)',
      tags: ['certification'],
      access: 'public',
      responses: { 200: { description: 'Issuer', schema: z.object({}).passthrough() } },
    },
    async () => ob2.issuer(d.publicUrl),
  );
}
