import type { Router } from 'express';
import { exportIndicatorCsvRoutes } from './export-indicator-csv/export-indicator-csv.routes';
import { getIndicatorBreakdownRoutes } from './get-indicator-breakdown/get-indicator-breakdown.routes';
import { getIndicatorsRoutes } from './get-indicators/get-indicators.routes';
import type { IndicatorsDeps } from './indicators.deps';

/** The indicators context's use cases (the breakdown before `/:code/export` is irrelevant: paths differ in depth). */
export function indicatorsRoutes(router: Router, d: IndicatorsDeps): void {
  getIndicatorsRoutes(router, d);
  getIndicatorBreakdownRoutes(router, d);
  exportIndicatorCsvRoutes(router, d);
}
