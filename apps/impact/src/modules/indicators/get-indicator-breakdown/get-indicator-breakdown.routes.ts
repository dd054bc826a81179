import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { IndicatorsDeps } from '../indicators.deps';
import { BreakdownQuery, BY, FigureView } from '../indicators.request';
import { getIndicatorBreakdown } from './get-indicator-breakdown.handler';

const BreakdownView = apiSchema(
  'IndicatorBreakdown',
  z.object({
    by: BY,
    asOf: z.string(),
    minimumCell: z.number(),
    rows: z.array(z.object({ key: z.string(), figures: z.array(FigureView) })),
  }),
);

export function getIndicatorBreakdownRoutes(router: Router, d: IndicatorsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/indicators/breakdown',
      operationId: 'getIndicatorBreakdown',
      summary: 'Indicateurs par territoire, promotion ou entreprise',
      summaryEn: 'Indicators by territory, promotion or company',
      tags: ['indicators'],
      access: authorize('indicators', 'read', { serves: TERRITORY_REACHES }),
      request: { query: BreakdownQuery },
      responses: { 200: { description: 'La ventilation / the breakdown', schema: BreakdownView } },
    },
    async ({ query }, { principal }) => getIndicatorBreakdown(d, principal, query),
  );
}
