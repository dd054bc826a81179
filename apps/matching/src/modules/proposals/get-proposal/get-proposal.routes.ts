import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { getProposal } from './get-proposal.handler';

export function getProposalRoutes(router: Router, d: ProposalsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:promotionId/proposal',
      operationId: 'getProposal',
      summary: "La dernière proposition d'une promotion, avec paires imposées et interdites",
      summaryEn: "A promotion's latest proposal, with pins and bans",
      tags: ['appariement'],
      // A whole-cohort view: territory reaches only.
      access: authorize('pairs', 'read', { serves: TERRITORY_REACHES }),
      request: { params: PromotionParams },
      responses: { 200: { description: 'La proposition / the proposal' } },
    },
    async ({ params }, { principal }) => getProposal(d, principal, params.promotionId),
  );
}
