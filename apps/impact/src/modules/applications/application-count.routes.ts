import type { Router } from 'express';
import { z } from 'zod';
import { assertTerritory, authorize, principalOf, TERRITORY_REACHES } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import type { ApplicationFactsRepository } from './application-facts.repository';

const Params = z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/) });

/**
 * A territory's count is an indicator of the whole territory: served for the territory reaches of
 * `indicators` read (HQ, managers, services). The narrower indicator reaches of the matrix (a
 * Konnecteur's pairs, a Koach's sessions, a company's, a partner's referrals) have no indicator
 * here yet: they are refused (403) rather than shown the territory's figure.
 */
export function applicationCountRoutes(router: Router, repository: ApplicationFactsRepository): void {
  router.get(
    '/v1/territories/:territoryId/application-count',
    authorize('indicators', 'read', { serves: TERRITORY_REACHES }),
    validate({ params: Params }),
    async (_req, res) => {
      const principal = principalOf(res);
      const { territoryId } = inputOf<unknown, unknown, z.infer<typeof Params>>(res).params;
      assertTerritory(principal, territoryId);
      res.json(await repository.count(principal.scope, territoryId));
    },
  );
}
