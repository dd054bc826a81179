import type { Router } from 'express';
import type { MeetingsDeps } from '../meetings/meetings.deps';
import { getPairHealthRoutes } from './get-pair-health/get-pair-health.routes';
import { listTriageRoutes } from './list-triage/list-triage.routes';

/** Cadence health: one pair's, and the triage queue of a territory or a Konnecteur. */
export function healthRoutes(router: Router, d: MeetingsDeps): void {
  getPairHealthRoutes(router, d);
  listTriageRoutes(router, d);
}
