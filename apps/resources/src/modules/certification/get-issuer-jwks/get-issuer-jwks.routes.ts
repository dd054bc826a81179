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
      summary: 'La clé publique qui vérifie les badges (JWKS)',
      summaryEn: 'The public key that verifies the badges (JWKS)',
      tags: ['certification'],
      access: 'public',
      responses: { 200: { description: 'JWK Set', schema: z.object({ keys: z.array(z.object({}).passthrough()) }) } },
    },
    async () => reply({ status: 200, body: await issuerJwks(d), headers: { 'cache-control': 'public, max-age=300' } }),
  );
}
