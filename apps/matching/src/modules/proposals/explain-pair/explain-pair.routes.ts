import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import { PromotionParams } from '../proposals.request';
import type { ProposalsDeps } from '../proposals.deps';
import { explainPair } from './explain-pair.handler';
import { ExplanationQuery } from './explain-pair.request';

export function explainPairRoutes(router: Router, d: ProposalsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/promotions/:promotionId/explanations',
      operationId: 'explainPair',
      summary: 'Pourquoi pas ce salarié volontaire ? La règle, ou le coût pour la promotion',
      summaryEn: 'Why not this volunteer? The rule, or the cost to the cohort',
      tags: ['appariement'],
      // Every candidate's scores of the cohort: territory reaches only.
      access: authorize('pairs', 'read', { serves: TERRITORY_REACHES }),
      request: { params: PromotionParams, query: ExplanationQuery },
      responses: { 200: { description: "L'explication / the explanation" } },
    },
    async ({ params, query }, { principal }) => explainPair(d, principal, params.promotionId, query.beneficiaryId, query.volunteerId),
  );
}
