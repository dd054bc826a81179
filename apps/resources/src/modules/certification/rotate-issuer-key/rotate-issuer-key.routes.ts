import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { IssuerKeyViewSchema, RotateIssuerKeyBody } from '../issuer-keys';
import { rotateIssuerKey } from './rotate-issuer-key.handler';

export function rotateIssuerKeyRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/issuer/keys',
      operationId: 'rotateBadgeIssuerKey',
      summary: 'Changer la clé de signature des badges (les anciennes restent publiées)',
      summaryEn: 'Rotate the badge signing key (the earlier ones stay published)',
      tags: ['certification'],
      access: authorize('resources', 'write', { serves: ['all-territories'] }),
      request: { body: RotateIssuerKeyBody },
      responses: { 201: { description: 'La nouvelle clé / the new key', schema: IssuerKeyViewSchema } },
    },
    async (_req, { principal, permission }) => rotateIssuerKey(d, principal, permission),
  );
}
