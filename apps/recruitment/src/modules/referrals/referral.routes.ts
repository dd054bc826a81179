import type { Router } from 'express';
import { principalOf, requireRole } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import { createReferral, getReferral, listReferrals, updateReferralStatus, type ReferralDeps } from './referral.handlers';
import {
  CreateReferralRequest,
  ListReferralsQuery,
  ReferralIdParams,
  ReferralStatusRequest,
} from './referral.request';

const staff = requireRole('hq-admin', 'territory-manager');
const staffOrPartner = requireRole('hq-admin', 'territory-manager', 'partner-ngo');

export function referralRoutes(router: Router, deps: ReferralDeps): void {
  router.get('/v1/referrals', staffOrPartner, validate({ query: ListReferralsQuery }), async (_req, res) => {
    const { items, total } = await listReferrals(deps, principalOf(res), inputOf<unknown, ListReferralsQuery>(res).query);
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.json(items);
  });

  router.get('/v1/referrals/:id', staffOrPartner, validate({ params: ReferralIdParams }), async (_req, res) => {
    res.json(await getReferral(deps, principalOf(res), inputOf<unknown, unknown, ReferralIdParams>(res).params.id));
  });

  router.post('/v1/referrals', staff, validate({ body: CreateReferralRequest }), async (req, res) => {
    const referral = await createReferral(deps, principalOf(res), inputOf<CreateReferralRequest>(res).body, String(req.id ?? ''));
    deps.onWrite();
    res.status(201).location(`/v1/referrals/${referral._id}`).json(referral);
  });

  router.post('/v1/referrals/:id/status', staffOrPartner, validate({ params: ReferralIdParams, body: ReferralStatusRequest }), async (req, res) => {
    const { params, body } = inputOf<ReferralStatusRequest, unknown, ReferralIdParams>(res);
    const referral = await updateReferralStatus(deps, principalOf(res), params.id, body, String(req.id ?? ''));
    deps.onWrite();
    res.json(referral);
  });
}
