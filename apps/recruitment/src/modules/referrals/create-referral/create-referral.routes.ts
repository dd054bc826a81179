import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import type { ReferralDeps } from '../referrals.deps';
import { createReferral } from './create-referral.handler';
import { CreateReferralRequest } from './create-referral.request';

/** Issuing a referral is a staff act. */
export function createReferralRoutes(router: Router, deps: ReferralDeps): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/referrals',
      operationId: 'createReferral',
      summary: 'Orienter une personne vers un partenaire',
      summaryEn: 'Refer a person to a partner',
      tags: ['recrutement'],
      access: authorize('referrals', 'write', { serves: TERRITORY_REACHES }),
      request: { body: CreateReferralRequest },
      responses: { 201: { description: 'L’orientation / the referral' } },
    },
    async ({ body }, { principal }) => {
      const referral = await createReferral(deps, principal, body);
      return reply({ status: 201, body: referral, location: `/v1/referrals/${referral._id}` });
    },
  );
}
