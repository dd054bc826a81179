import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { PromotionParams } from '../../proposals/proposals.request';
import type { KonnecteursDeps } from '../konnecteurs.deps';
import { assignPromotionKonnecteurs } from './assign-konnecteurs.handler';
import { KonnecteurAssignmentRequest } from './assign-konnecteurs.request';

export function assignKonnecteursRoutes(router: Router, d: KonnecteursDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/konnecteur-assignment',
      operationId: 'assignKonnecteurs',
      summary: 'Attribuer un Konnecteur à chaque binôme confirmé ou actif',
      summaryEn: 'Give every confirmed or active pair a Konnecteur',
      tags: ['appariement'],
      access: authorize('pairs', 'write'),
      request: { params: PromotionParams, body: KonnecteurAssignmentRequest(territories) },
      responses: { 200: { description: "L'attribution / the assignment" } },
    },
    async ({ params, body }, { principal }) =>
      assignPromotionKonnecteurs(d, principal, body.territoryId, params.promotionId, body.konnecteurs),
  );
}
