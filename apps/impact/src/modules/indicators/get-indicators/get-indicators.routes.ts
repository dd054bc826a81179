import type { Router } from 'express';
import { z } from 'zod';
import { authorize, TERRITORY_REACHES } from '@binome/auth';
import { apiSchema, route } from '@binome/http-server';
import type { IndicatorsDeps } from '../indicators.deps';
import { FigureView, SelectionQuery } from '../indicators.request';
import { getIndicators } from './get-indicators.handler';

const IndicatorsView = apiSchema(
  'Indicators',
  z
    .object({
      asOf: z.string(),
      selection: z.object({ territoryId: z.string() }).passthrough(),
      figures: z.array(FigureView),
      funnel: z.record(z.number()),
      pairs: z.object({ confirmed: z.number(), active: z.number(), completed: z.number(), dissolved: z.number() }),
    })
    .passthrough(),
);

/** Territory reaches only: the narrower indicator reaches of the matrix (Konnecteur, Koach, company, partner) have no figure here yet (403). */
export function getIndicatorsRoutes(router: Router, d: IndicatorsDeps): void {
  route(
    router,
    {
      method: 'get',
      path: '/v1/indicators',
      operationId: 'getIndicators',
      summary: 'Indicateurs d’impact (nation, territoire, promotion, période)',
      summaryEn: 'Impact indicators (nation, territory, promotion, period)',
      tags: ['indicators'],
      access: authorize('indicators', 'read', { serves: TERRITORY_REACHES }),
      request: { query: SelectionQuery },
      responses: { 200: { description: 'Les indicateurs / the indicators', schema: IndicatorsView } },
    },
    async ({ query }, { principal }) => getIndicators(d, principal, query),
  );
}
