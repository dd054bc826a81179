import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { ConstraintRequest, PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { addBan } from './add-ban.handler';

export function addBanRoutes(router: Router, d: ProposalsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/bans',
      operationId: 'addBan',
      summary: 'Ajouter une paire interdite',
      summaryEn: 'Add a ban',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PromotionParams, body: ConstraintRequest(territories) },
      responses: { 201: { description: 'La proposition mise à jour / the updated proposal' } },
    },
    async ({ params, body }, { principal }) =>
      addBan(d, principal, params.promotionId, { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId }, body.territoryId),
  );
}
