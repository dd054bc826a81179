import type { Router } from 'express';
import { z } from 'zod';
import { reply, route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { issuerJwks } from './get-issuer-jwks.handler';

export function getIssuerJwksRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/public/jwks',
      operationId: 'getBadgeIssuerJwks',
      summary: 'Les clés publiques qui vérifient les badges (JWKS)',
      summaryEn: 'The public keys that verify the badges (JWKS)',
      tags: ['certification'],
      access: 'public',
      responses: { 200: { description: 'JWK Set', schema: z.object({ keys: z.array(z.object({}).passthrough()) }) } },
    },
    async () => reply({ status: 200, body: await issuerJwks(d), headers: { 'cache-control': 'public, max-age=60' } }),
  );
}
