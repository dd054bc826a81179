import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { ReferralDeps } from '../referrals.deps';
import { ReferralIdParams } from '../referrals.request';
import { getReferral } from './get-referral.handler';

export function getReferralRoutes(router: Router, deps: ReferralDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/referrals/:id',
      operationId: 'getReferral',
      summary: 'Lire une orientation',
      summaryEn: 'Read a referral',
      tags: ['recrutement'],
      access: authorize('referrals', 'read'),
      request: { params: ReferralIdParams },
      responses: { 200: { description: 'L’orientation / the referral' } },
    },
    async ({ params }, { principal, permission }) => getReferral(deps, principal, permission, params.id),
  );
}
