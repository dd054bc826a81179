import type { z } from 'zod';
import type { Principal } from '@binome/auth';
import { factsOf, selectionScope } from '../indicator-facts';
import { breakdown, select } from '../indicators';
import type { IndicatorsDeps } from '../indicators.deps';
import type { BreakdownQuery } from '../indicators.request';

/** The figures per territory, promotion or company; cells under five people are suppressed for territories and companies. */
export async function getIndicatorBreakdown(d: IndicatorsDeps, principal: Principal, q: z.infer<typeof BreakdownQuery>) {
  const facts = await factsOf(d, selectionScope(principal, q.territoryId));
  const asOf = q.asOf ?? d.now().toISOString().slice(0, 10);
  return { by: q.by, asOf, minimumCell: 5, rows: breakdown(select(facts, q), q.by, asOf) };
}
