import type { Router } from 'express';
import { addBanRoutes } from './add-ban/add-ban.routes';
import { addPinRoutes } from './add-pin/add-pin.routes';
import { explainPairRoutes } from './explain-pair/explain-pair.routes';
import { getProposalRoutes } from './get-proposal/get-proposal.routes';
import type { ProposalsDeps } from './proposals.deps';
import { removeBanRoutes } from './remove-ban/remove-ban.routes';
import { removePinRoutes } from './remove-pin/remove-pin.routes';
import { runProposalRoutes } from './run-proposal/run-proposal.routes';

/** Proposals of a promotion: runs, the staff's pins and bans, explanations. */
export function proposalsRoutes(router: Router, d: ProposalsDeps, territories: readonly string[]): void {
  runProposalRoutes(router, d, territories);
  getProposalRoutes(router, d);
  addPinRoutes(router, d, territories);
  removePinRoutes(router, d, territories);
  addBanRoutes(router, d, territories);
  removeBanRoutes(router, d, territories);
  explainPairRoutes(router, d);
}
