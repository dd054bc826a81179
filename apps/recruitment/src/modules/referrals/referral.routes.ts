import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import { createReferral, getReferral, listReferrals, updateReferralStatus, type ReferralDeps } from './referral.handlers';
import { CreateReferralRequest, ListReferralsQuery, ReferralIdParams, ReferralStatusRequest } from './referral.request';

/** Issuing a referral is a staff act; moving one: staff, or the addressed partner (`own-referrals`). */
const issue = authorize('referrals', 'write', { serves: TERRITORY_REACHES });
const move = authorize('referrals', 'write', { serves: [...TERRITORY_REACHES, 'own-referrals'] });
const read = authorize('referrals', 'read');
const tags = ['recrutement'];

export function referralRoutes(router: Router, deps: ReferralDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/referrals',
      operationId: 'listRecruitmentReferrals',
      summary: 'Lister les orientations',
      summaryEn: 'List referrals',
      tags,
      access: read,
      request: { query: ListReferralsQuery },
      responses: { 200: { description: 'Une page d’orientations (minimisées pour un partenaire) / a page of referrals (minimised for a partner)' } },
      list: true,
    },
    async ({ query }, { principal, permission }) => listReferrals(deps, principal, permission, query),
  );

  route(
    router,
    {
      method: 'get',
      path: '/v1/referrals/:id',
      operationId: 'getReferral',
      summary: 'Lire une orientation',
      summaryEn: 'Read a referral',
      tags,
      access: read,
      request: { params: ReferralIdParams },
      responses: { 200: { description: 'L’orientation / the referral' } },
    },
    async ({ params }, { principal, permission }) => getReferral(deps, principal, permission, params.id),
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/referrals',
      operationId: 'createReferral',
      summary: 'Orienter une personne vers un partenaire',
      summaryEn: 'Refer a person to a partner',
      tags,
      access: issue,
      request: { body: CreateReferralRequest },
      responses: { 201: { description: 'L’orientation / the referral' } },
    },
    async ({ body }, { principal }) => {
      const referral = await createReferral(deps, principal, body);
      return reply({ status: 201, body: referral, location: `/v1/referrals/${referral._id}` });
    },
  );

  route(
    router,
    {
      method: 'post',
      path: '/v1/referrals/:id/status',
      operationId: 'changeReferralStatus',
      summary: "Changer le statut d'une orientation",
      summaryEn: "Change a referral's status",
      tags,
      access: move,
      request: { params: ReferralIdParams, body: ReferralStatusRequest },
      responses: { 200: { description: 'L’orientation / the referral' }, 409: { description: 'Transition interdite ou orientation effacée / illegal transition or erased referral' } },
    },
    async ({ params, body }, { principal, permission }) => updateReferralStatus(deps, principal, permission, params.id, body),
  );
}
