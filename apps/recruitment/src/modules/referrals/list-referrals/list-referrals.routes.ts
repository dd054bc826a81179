import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import type { ReferralDeps } from '../referrals.deps';
import { listReferrals } from './list-referrals.handler';
import { ListReferralsQuery } from './list-referrals.request';

export function listReferralsRoutes(router: Router, deps: ReferralDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/referrals',
      operationId: 'listRecruitmentReferrals',
      summary: 'Lister les orientations',
      summaryEn: 'List referrals',
      tags: ['recrutement'],
      access: authorize('referrals', 'read'),
      request: { query: ListReferralsQuery },
      responses: {
        200: { description: 'Une page d’orientations (minimisées pour un partenaire) / a page of referrals (minimised for a partner)' },
      },
      list: true,
    },
    async ({ query }, { principal, permission }) => listReferrals(deps, principal, permission, query),
  );
}
