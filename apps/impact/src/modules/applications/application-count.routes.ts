import type { Router } from 'express';
import { z } from 'zod';
import { assertTerritory, authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { ApplicationFactsRepository } from './application-facts.repository';

const Params = z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/) });
const ApplicationCount = apiSchema('ApplicationCount', z.object({ territoryId: z.string(), count: z.number().int(), lastAppliedAt: z.string().datetime().optional() }));

/**
 * A territory's count is an indicator of the whole territory: served for the territory reaches of
 * `indicators` read (HQ, managers, services). The narrower indicator reaches of the matrix (a
 * Konnecteur's pairs, a Koach's sessions, a company's, a partner's referrals) have no indicator
 * here yet: they are refused (403) rather than shown the territory's figure.
 */
export function applicationCountRoutes(router: Router, repository: ApplicationFactsRepository): void {
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
      request: { params: Params },
      responses: { 200: { description: 'Le décompte / the count', schema: ApplicationCount } },
    },
    async ({ params }, { principal }) => {
      assertTerritory(principal, params.territoryId);
      return repository.count(principal.scope, params.territoryId);
    },
  );
}
