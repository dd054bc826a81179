import type { Router } from 'express';
import { declareFacilitatorRoutes } from './declare-facilitator/declare-facilitator.routes';
import type { FacilitatorsDeps } from './facilitators.deps';
import { listFacilitatorsRoutes } from './list-facilitators/list-facilitators.routes';
import { setFacilitatorAvailabilityRoutes } from './set-facilitator-availability/set-facilitator-availability.routes';

/** Koachs and HR experts, and the windows they declared. */
export function facilitatorsRoutes(router: Router, d: FacilitatorsDeps): void {
  declareFacilitatorRoutes(router, d);
  listFacilitatorsRoutes(router, d);
  setFacilitatorAvailabilityRoutes(router, d);
}
