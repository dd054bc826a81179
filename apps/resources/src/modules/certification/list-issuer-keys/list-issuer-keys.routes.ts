import type { Router } from 'express';
import { z } from 'zod';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { IssuerKeyViewSchema } from '../issuer-keys';
import { listIssuerKeys } from './list-issuer-keys.handler';

export function listIssuerKeysRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/issuer/keys',
      operationId: 'listBadgeIssuerKeys',
      summary: 'Les clés de signature des badges (siège)',
      summaryEn: 'The badge signing keys (HQ)',
      tags: ['certification'],
      access: authorize('resources', 'write', { serves: ['all-territories'] }),
      responses: { 200: { description: 'Les clés / the keys', schema: z.array(IssuerKeyViewSchema) } },
    },
    async (_req, { principal, permission }) => listIssuerKeys(d, principal, permission),
  );
}
