import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { IndicatorsDeps } from '../../indicators/indicators.deps';
import { SelectionQuery } from '../../indicators/indicators.request';
import { getFunderReport } from './get-funder-report.handler';

export const FunderReportQuery = SelectionQuery.innerType()
  .extend({ territoryId: z.string().regex(/^[a-z][a-z0-9-]*$/) })
  .strict();

export function getFunderReportRoutes(router: Router, d: IndicatorsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/reports/funder',
      operationId: 'getFunderReport',
      summary: 'Rapport financeur d’un territoire et d’une période (PDF)',
      summaryEn: 'Funder report of a territory and period (PDF)',
      tags: ['reports'],
      access: authorize('indicators', 'read', { serves: TERRITORY_REACHES }),
      request: { query: FunderReportQuery },
      responses: { 200: { description: 'PDF', contentType: 'application/pdf', schema: z.string() } },
    },
    async ({ query }, { principal }) => getFunderReport(d, principal, query),
  );
}
