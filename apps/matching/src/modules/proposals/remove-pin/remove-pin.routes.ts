import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { ConstraintParams, ConstraintRequest, PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { removePin } from './remove-pin.handler';

/** One use case, two forms: the pin named in the path, and the deprecated DELETE with a body. */
export function removePinRoutes(router: Router, d: ProposalsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/promotions/:promotionId/pins/:beneficiaryId/:volunteerId',
      operationId: 'removePin',
      summary: 'Retirer une paire imposée',
      summaryEn: 'Remove a pin',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: ConstraintParams },
      responses: { 200: { description: 'La proposition mise à jour / the updated proposal' } },
    },
    async ({ params }, { principal }) =>
      removePin(d, principal, params.promotionId, { beneficiaryId: params.beneficiaryId, volunteerId: params.volunteerId }),
  );
  route(
    router,
    {
      method: 'delete',
      path: '/v1/promotions/:promotionId/pins',
      operationId: 'removePinWithBody',
      summary: 'Retirer une paire imposée (corps JSON ; obsolète : utiliser …/pins/{beneficiaryId}/{volunteerId})',
      summaryEn: 'Remove a pin (JSON body; deprecated: use …/pins/{beneficiaryId}/{volunteerId})',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PromotionParams, body: ConstraintRequest(territories) },
      responses: { 200: { description: 'La proposition mise à jour / the updated proposal' } },
      deprecated: true,
    },
    async ({ params, body }, { principal }) =>
      removePin(d, principal, params.promotionId, { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId }, body.territoryId),
  );
}
