import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { CertificationDeps } from '../certification.deps';
import { IssuerKeyParams, IssuerKeyViewSchema, RetireIssuerKeyBody } from '../issuer-keys';
import { retireIssuerKey } from './retire-issuer-key.handler';

export function retireIssuerKeyRoutes(router: Router, d: CertificationDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/issuer/keys/:kid/retirement',
      operationId: 'retireBadgeIssuerKey',
      summary: 'Retirer une clé de signature (fuite) : ce qu’elle a signé ne se vérifie plus',
      summaryEn: 'Retire a signing key (a leak): what it signed no longer verifies',
      tags: ['certification'],
      access: authorize('resources', 'write', { serves: ['all-territories'] }),
      request: { params: IssuerKeyParams, body: RetireIssuerKeyBody },
      responses: { 200: { description: 'La clé retirée / the retired key', schema: IssuerKeyViewSchema } },
    },
    async ({ params, body }, { principal, permission }) => retireIssuerKey(d, principal, permission, params.kid, body),
  );
}
