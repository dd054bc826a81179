import type { Router } from 'express';
import { approvePairRoutes } from './approve-pair/approve-pair.routes';
import { changePairVolunteerRoutes } from './change-pair-volunteer/change-pair-volunteer.routes';
import { getPairRoutes } from './get-pair/get-pair.routes';
import { listPairsRoutes } from './list-pairs/list-pairs.routes';
import type { PairsDeps } from './pairs.deps';
import { rejectPairRoutes } from './reject-pair/reject-pair.routes';
import { rematchPairRoutes } from './rematch-pair/rematch-pair.routes';
import { transitionPairRoutes } from './transition-pair/transition-pair.routes';

/** The pairs: reading them (every reach), staff decisions and the lifecycle (staff, services). */
export function pairsRoutes(router: Router, d: PairsDeps): void {
  listPairsRoutes(router, d);
  getPairRoutes(router, d);
  approvePairRoutes(router, d);
  rejectPairRoutes(router, d);
  changePairVolunteerRoutes(router, d);
  transitionPairRoutes(router, d);
  rematchPairRoutes(router, d);
}
