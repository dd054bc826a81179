import type { Router } from 'express';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { IndicatorsDeps } from '../../indicators/indicators.deps';
import { countApplications } from './count-applications.handler';
import { ApplicationCountView, CountApplicationsParams } from './count-applications.request';

/**
 * Served for the territory reaches of `indicators` read (HQ, managers, services). The narrower
 * indicator reaches of the matrix (a Konnecteur's pairs, a Koach's sessions, a company's, a
 * partner's referrals) have no indicator here yet: they are refused (403) rather than shown the
 * territory's figure.
 */
export function countApplicationsRoutes(router: Router, d: Pick<IndicatorsDeps, 'facts'>): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/territories/:territoryId/application-count',
      operationId: 'getApplicationCount',
      summary: "Nombre de candidatures d'un territoire",
      summaryEn: 'Applications in a territory',
      tags: ['impact'],
      access: authorize('indicators', 'read', { serves: TERRITORY_REACHES }),
      request: { params: CountApplicationsParams },
      responses: { 200: { description: 'Le décompte / the count', schema: ApplicationCountView } },
    },
    async ({ params }, { principal }) => countApplications(d, principal, params.territoryId),
  );
}
