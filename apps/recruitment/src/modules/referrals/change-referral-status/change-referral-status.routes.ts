import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { ReferralDeps } from '../referrals.deps';
import { ReferralIdParams } from '../referrals.request';
import { updateReferralStatus } from './change-referral-status.handler';
import { ReferralStatusRequest } from './change-referral-status.request';

/** Moving a referral: staff, or the addressed partner (`own-referrals`). */
export function changeReferralStatusRoutes(router: Router, deps: ReferralDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/referrals/:id/status',
      operationId: 'changeReferralStatus',
      summary: "Changer le statut d'une orientation",
      summaryEn: "Change a referral's status",
      tags: ['recrutement'],
      access: authorize('referrals', 'write', { serves: [...TERRITORY_REACHES, 'own-referrals'] }),
      request: { params: ReferralIdParams, body: ReferralStatusRequest },
      responses: {
        200: { description: 'L’orientation / the referral' },
        409: { description: 'Transition interdite ou orientation effacée / illegal transition or erased referral' },
      },
    },
    async ({ params, body }, { principal, permission }) => updateReferralStatus(deps, principal, permission, params.id, body),
  );
}
