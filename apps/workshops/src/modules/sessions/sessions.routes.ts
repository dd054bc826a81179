import type { Router } from 'express';
import { getSessionRoutes } from './get-session/get-session.routes';
import { listSessionsRoutes } from './list-sessions/list-sessions.routes';
import { planSessionRoutes } from './plan-session/plan-session.routes';
import type { SessionsDeps } from './sessions.deps';
import { updateSessionRoutes } from './update-session/update-session.routes';

/** Sessions of the workshops: planned, changed, cancelled by staff; read by the territory. */
export function sessionsRoutes(router: Router, d: SessionsDeps): void {
  listSessionsRoutes(router, d);
  getSessionRoutes(router, d);
  planSessionRoutes(router, d);
  updateSessionRoutes(router, d);
}
