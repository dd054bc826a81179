import type { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import type { Principal } from '@binome/auth';
import { reply } from '@binome/http-server';
import { factsOf, selectionScope } from '../indicator-facts';
import { breakdown, figuresOf, select } from '../indicators';
import type { IndicatorsDeps } from '../indicators.deps';
import type { BreakdownQuery } from '../indicators.request';
import type { FigureCode } from '../published-figures';

const round = (v: number | undefined) => (v === undefined ? '' : v.toFixed(4));

/** One indicator as CSV (UTF-8 with a BOM for Excel, CRLF): the selection's total, then one row per group. */
export async function exportIndicatorCsv(
  d: IndicatorsDeps,
  principal: Principal,
  code: FigureCode,
  q: Partial<z.infer<typeof BreakdownQuery>>,
) {
  const facts = select(await factsOf(d, selectionScope(principal, q.territoryId)), q);
  const asOf = q.asOf ?? d.now().toISOString().slice(0, 10);
  const total = figuresOf(facts, asOf).find((f) => f.code === code);
  const rows = q.by ? breakdown(facts, q.by, asOf).map((r) => ({ key: r.key, f: r.figures.find((f) => f.code === code) })) : [];
  const line = (group: string, key: string, f: typeof total) => [
    code,
    group,
    key,
    f?.suppressed ? 'suppressed' : (f?.numerator ?? ''),
    f?.suppressed ? 'suppressed' : (f?.denominator ?? ''),
    round(f?.value),
    round(f?.interval?.lower),
    round(f?.interval?.upper),
    f?.suppressed ? '' : (f?.due ?? ''),
    round(f?.responseRate),
    round(f?.published),
    f?.definition.fr ?? '',
  ];
  const csv = stringify(
    [
      [
        'indicator',
        'group',
        'key',
        'numerator',
        'denominator',
        'value',
        'wilson95_lower',
        'wilson95_upper',
        'due',
        'response_rate',
        'published',
        'definition',
      ],
      line('selection', q.territoryId ?? 'all', total),
      ...rows.map((r) => line(q.by ?? '', r.key, r.f)),
    ],
    { record_delimiter: '\r\n' },
  );
  return reply({
    status: 200,
    body: `\uFEFF${csv}`,
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': `attachment; filename="${code}-${asOf}.csv"` },
  });
}
