import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { route } from '@binome/http-server';
import type { IndicatorsDeps } from '../indicators.deps';
import { BY, FigureParams, SelectionQuery } from '../indicators.request';
import { exportIndicatorCsv } from './export-indicator-csv.handler';

const ExportQuery = SelectionQuery.innerType().extend({ by: BY.optional() }).strict();

export function exportIndicatorCsvRoutes(router: Router, d: IndicatorsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/indicators/:code/export',
      operationId: 'exportIndicatorCsv',
      summary: 'Exporter un indicateur en CSV',
      summaryEn: 'Export one indicator as CSV',
      tags: ['indicators'],
      access: authorize('indicators', 'read', { serves: TERRITORY_REACHES }),
      request: { params: FigureParams, query: ExportQuery },
      responses: { 200: { description: 'CSV', contentType: 'text/csv', schema: z.string() } },
    },
    async ({ params, query }, { principal }) => exportIndicatorCsv(d, principal, params.code, query),
  );
}
