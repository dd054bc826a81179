import type { Router } from 'express';
import type { IndicatorsDeps } from '../indicators/indicators.deps';
import { countApplicationsRoutes } from './count-applications/count-applications.routes';

/** The applications context's use cases. */
export function applicationsRoutes(router: Router, d: Pick<IndicatorsDeps, 'facts'>): void {
  countApplicationsRoutes(router, d);
}
