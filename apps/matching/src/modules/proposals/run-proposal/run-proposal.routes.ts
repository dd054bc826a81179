import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { reply, route } from '@binome/http-server';
import { PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { runProposal } from './run-proposal.handler';
import { RunProposalRequest } from './run-proposal.request';

export function runProposalRoutes(router: Router, d: ProposalsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/proposals',
      operationId: 'runProposal',
      summary: 'Proposer les binômes de toute la promotion (affectation optimale)',
      summaryEn: 'Propose the pairs of the whole promotion (optimal assignment)',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PromotionParams, body: RunProposalRequest(territories) },
      responses: {
        201: { description: 'La proposition / the proposal' },
        503: { description: 'Recrutement injoignable / recruitment unreachable' },
      },
    },
    async ({ params, body }, { principal }) =>
      reply({
        status: 201,
        body: await runProposal(d, principal, body.territoryId, params.promotionId),
        location: `/v1/promotions/${params.promotionId}/proposal`,
      }),
  );
}
