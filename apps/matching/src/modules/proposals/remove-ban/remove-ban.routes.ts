import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { ConstraintParams, ConstraintRequest, PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { removeBan } from './remove-ban.handler';

/** One use case, two forms: the ban named in the path, and the deprecated DELETE with a body. */
export function removeBanRoutes(router: Router, d: ProposalsDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'delete',
      path: '/v1/promotions/:promotionId/bans/:beneficiaryId/:volunteerId',
      operationId: 'removeBan',
      summary: 'Retirer une paire interdite',
      summaryEn: 'Remove a ban',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: ConstraintParams },
      responses: { 200: { description: 'La proposition mise à jour / the updated proposal' } },
    },
    async ({ params }, { principal }) =>
      removeBan(d, principal, params.promotionId, { beneficiaryId: params.beneficiaryId, volunteerId: params.volunteerId }),
  );
  route(
    router,
    {
      method: 'delete',
      path: '/v1/promotions/:promotionId/bans',
      operationId: 'removeBanWithBody',
      summary: 'Retirer une paire interdite (corps JSON ; obsolète : utiliser …/bans/{beneficiaryId}/{volunteerId})',
      summaryEn: 'Remove a ban (JSON body; deprecated: use …/bans/{beneficiaryId}/{volunteerId})',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PromotionParams, body: ConstraintRequest(territories) },
      responses: { 200: { description: 'La proposition mise à jour / the updated proposal' } },
      deprecated: true,
    },
    async ({ params, body }, { principal }) =>
      removeBan(d, principal, params.promotionId, { beneficiaryId: body.beneficiaryId, volunteerId: body.volunteerId }, body.territoryId),
  );
}
