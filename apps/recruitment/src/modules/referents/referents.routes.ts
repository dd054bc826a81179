import type { Router } from 'express';
import { createReferentRoutes } from './create-referent/create-referent.routes';
import { getReferentRoutes } from './get-referent/get-referent.routes';
import { listReferentsRoutes } from './list-referents/list-referents.routes';
import type { ReferentRepository } from './referent.repository';
import { updateReferentRoutes } from './update-referent/update-referent.routes';

/**
 * Konnecteurs and Koachs (the `volunteers` resource): create, list, get, update (PATCH or PUT),
 * under `/v1/konnecteurs` and `/v1/koachs`; same territory rules as partner records.
 */
export function referentsRoutes(router: Router, repository: ReferentRepository, territories: readonly string[]): void {
  for (const kind of ['konnecteur', 'koach'] as const) {
    createReferentRoutes(router, repository, kind, territories);
    listReferentsRoutes(router, repository, kind);
    getReferentRoutes(router, repository, kind);
    updateReferentRoutes(router, repository, kind, territories);
  }
}
