import type { Router } from 'express';
import { z } from 'zod';
import { assertTerritory, principalOf, requireRole } from '@binome/auth';
import { inputOf, validate } from '@binome/http-server';
import type { ApplicationFactsRepository } from './application-facts.repository';

const Params = z.object({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/) });

export function applicationCountRoutes(router: Router, repository: ApplicationFactsRepository): void {
  router.get(
    '/v1/territories/:territoryId/application-count',
    requireRole('hq-admin', 'territory-manager', 'service'),
    validate({ params: Params }),
    async (_req, res) => {
      const principal = principalOf(res);
      const { territoryId } = inputOf<unknown, unknown, z.infer<typeof Params>>(res).params;
      assertTerritory(principal, territoryId);
      res.json(await repository.count(principal.scope, territoryId));
    },
  );
}
