import type { Router } from 'express';
import { authorize, permissionOf, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { createReferral, getReferral, listReferrals, updateReferralStatus, type ReferralDeps } from './referral.handlers';
import {
  CreateReferralRequest,
  ListReferralsQuery,
  ReferralIdParams,
  ReferralStatusRequest,
} from './referral.request';

/** Issuing a referral is a staff act; moving one: staff, or the addressed partner (`own-referrals`). */
const issue = authorize('referrals', 'write', { serves: TERRITORY_REACHES });
const move = authorize('referrals', 'write', { serves: [...TERRITORY_REACHES, 'own-referrals'] });
const read = authorize('referrals', 'read');

export function referralRoutes(router: Router, deps: ReferralDeps): void {
  router.get('/v1/referrals', read, validate({ query: ListReferralsQuery }), async (_req, res) => {
    const { items, total } = await listReferrals(deps, principalOf(res), permissionOf(res), inputOf<unknown, ListReferralsQuery>(res).query);
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items);
  });

  router.get('/v1/referrals/:id', read, validate({ params: ReferralIdParams }), async (_req, res) => {
    res.json(await getReferral(deps, principalOf(res), permissionOf(res), inputOf<unknown, unknown, ReferralIdParams>(res).params.id));
  });

  router.post('/v1/referrals', issue, validate({ body: CreateReferralRequest }), async (req, res) => {
    const referral = await createReferral(deps, principalOf(res), inputOf<CreateReferralRequest>(res).body, String(req.id ?? ''));
    deps.onWrite();
    res.status(201).location(`/v1/referrals/${referral._id}`).json(referral);
  });

  router.post('/v1/referrals/:id/status', move, validate({ params: ReferralIdParams, body: ReferralStatusRequest }), async (req, res) => {
    const { params, body } = inputOf<ReferralStatusRequest, unknown, ReferralIdParams>(res);
    const referral = await updateReferralStatus(deps, principalOf(res), permissionOf(res), params.id, body, String(req.id ?? ''));
    deps.onWrite();
    res.json(referral);
  });
}
