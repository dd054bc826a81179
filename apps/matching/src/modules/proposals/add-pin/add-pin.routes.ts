import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { ConstraintRequest, PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { addPin } from './add-pin.handler';

export function addPinRoutes(router: Router, d: ProposalsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/pins',
      operationId: 'addPin',
      summary: 'Ajouter une paire imposée',
      summaryEn: 'Add a pin',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PromotionParams, body: ConstraintRequest(territories) },
      responses: { 201: { description: 'La proposition mise à jour / the updated proposal' } },
    },
    async ({ params, body }, { principal }) =>
      addPin(d, principal, params.promotionId, { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId }, body.territoryId),
  );
}
