import type { Router } from 'express';
import type { IndicatorsDeps } from '../indicators/indicators.deps';
import { getFunderReportRoutes } from './get-funder-report/get-funder-report.routes';

/** The reports context's use cases. */
export function reportsRoutes(router: Router, d: IndicatorsDeps): void {
  getFunderReportRoutes(router, d);
}
