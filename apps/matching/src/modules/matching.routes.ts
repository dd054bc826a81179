import type { Router } from 'express';
import { authorize } from '@binome/auth';
import { route } from '@binome/http-server';
import { assignPromotionKonnecteurs } from './konnecteurs/konnecteur.handlers';
import type { MatchingDeps } from './matching.deps';
import { KonnecteurAssignmentRequest } from './matching.requests';
import { PromotionParams } from './proposals/proposals.request';

/** Konnecteur assignment: writing pairs (staff, services). */
const staff = authorize('pairs', 'write');

const tags = ['appariement'];

export function matchingRoutes(router: Router, d: MatchingDeps, territories: readonly string[]): void {
  route(
    router,
    {
      method: 'post',
      path: '/v1/promotions/:promotionId/konnecteur-assignment',
      operationId: 'assignKonnecteurs',
      summary: 'Attribuer un Konnecteur à chaque binôme confirmé ou actif',
      summaryEn: 'Give every confirmed or active pair a Konnecteur',
      tags,
      access: staff,
      request: { params: PromotionParams, body: KonnecteurAssignmentRequest(territories) },
      responses: { 200: { description: "L'attribution / the assignment" } },
    },
    async ({ params, body }, { principal }) => assignPromotionKonnecteurs(d, principal, body.territoryId, params.promotionId, body.konnecteurs),
  );
}
