import type { z } from 'zod';
import type { Principal } from '@binome/auth';
import { DEFINITIONS } from '../../outcomes/outcome-typology';
import { factsOf, selectionScope } from '../indicator-facts';
import { indicatorReport, select } from '../indicators';
import type { IndicatorsDeps } from '../indicators.deps';
import type { SelectionQuery } from '../indicators.request';

/** The indicators of a selection (nation, territory, promotion, period), each beside the published figure. */
export async function getIndicators(d: IndicatorsDeps, principal: Principal, q: z.infer<typeof SelectionQuery>) {
  const facts = await factsOf(d, selectionScope(principal, q.territoryId));
  const asOf = q.asOf ?? d.now().toISOString().slice(0, 10);
  return {
    selection: {
      territoryId: q.territoryId ?? (principal.scope.kind === 'all' ? 'nation' : principal.scope.territories.join(',')),
      promotionId: q.promotionId,
      from: q.from,
      to: q.to,
    },
    definitions: DEFINITIONS,
    ...indicatorReport(select(facts, q), asOf),
  };
}
