import type { BinomeDataProvider } from '../data/data-provider';

/** One figure as impact's indicators API answers it (`FigureView`): proportions in [0, 1]. */
export interface ImpactFigure {
  code: string;
  label: { fr: string; en: string };
  numerator?: number;
  denominator?: number;
  value?: number;
  interval?: { lower: number; upper: number };
  due?: number;
  responseRate?: number;
  published: number;
  definition: { fr: string; en: string };
  suppressed: boolean;
}

/** The key of the national column (HQ), beside the territories'. */
export const NATIONAL = 'national';

/**
 * The survey figures, one row per figure, one column per territory (and the national total for
 * HQ). A cell is the API's figure, or undefined when impact has nothing for that territory yet
 * (no pair there, so the breakdown has no row).
 */
export interface ImpactTable {
  asOf: string;
  columns: string[];
  rows: {
    code: string;
    label: { fr: string; en: string };
    definition: { fr: string; en: string };
    published: number;
    cells: Record<string, ImpactFigure | undefined>;
  }[];
}

interface IndicatorsAnswer {
  asOf: string;
  figures: ImpactFigure[];
}
interface BreakdownAnswer {
  asOf: string;
  rows: { key: string; figures: ImpactFigure[] }[];
}

/** The rows of several columns' figures, in the order of the first answer's figures (impact's). */
export function impactTable(asOf: string, columns: string[], figuresOf: Record<string, ImpactFigure[] | undefined>): ImpactTable {
  const order: ImpactFigure[] = [];
  for (const c of columns) for (const f of figuresOf[c] ?? []) if (!order.some((o) => o.code === f.code)) order.push(f);
  return {
    asOf,
    columns,
    rows: order.map((f) => ({
      code: f.code,
      label: f.label,
      definition: f.definition,
      published: f.published,
      cells: Object.fromEntries(columns.map((c) => [c, figuresOf[c]?.find((x) => x.code === f.code)])),
    })),
  };
}

/**
 * Impact's figures for the dashboard. A territory's staff read `/v1/indicators` of their territory;
 * HQ read the national figures and the breakdown by territory, in which impact suppresses every
 * cell of fewer than five people (the console shows the suppression, it never recomputes).
 */
export async function loadImpact(binome: BinomeDataProvider, territories: readonly string[], national: boolean): Promise<ImpactTable> {
  if (!national) {
    const answers = await Promise.all(
      territories.map((t) =>
        binome.call<IndicatorsAnswer>('impact', 'GET', '/v1/indicators', { query: { territoryId: t } }).then((r) => r.data),
      ),
    );
    return impactTable(answers[0]?.asOf ?? '', [...territories], Object.fromEntries(territories.map((t, i) => [t, answers[i].figures])));
  }
  const [nation, breakdown] = await Promise.all([
    binome.call<IndicatorsAnswer>('impact', 'GET', '/v1/indicators').then((r) => r.data),
    binome.call<BreakdownAnswer>('impact', 'GET', '/v1/indicators/breakdown', { query: { by: 'territory' } }).then((r) => r.data),
  ]);
  const figuresOf: Record<string, ImpactFigure[] | undefined> = { [NATIONAL]: nation.figures };
  for (const row of breakdown.rows) figuresOf[row.key] = row.figures;
  return impactTable(nation.asOf, [...territories, NATIONAL], figuresOf);
}

/** What a cell shows: a value with its interval and counts, suppressed, or nothing to count yet. */
export type CellState =
  | { kind: 'value'; value: number; lower: number; upper: number; numerator: number; denominator: number; responseRate?: number }
  | { kind: 'suppressed' }
  | { kind: 'empty' };

export function cellState(f: ImpactFigure | undefined): CellState {
  if (!f) return { kind: 'empty' };
  if (f.suppressed) return { kind: 'suppressed' };
  if (f.value === undefined || !f.interval || !f.denominator) return { kind: 'empty' };
  return {
    kind: 'value',
    value: f.value,
    lower: f.interval.lower,
    upper: f.interval.upper,
    numerator: f.numerator ?? 0,
    denominator: f.denominator,
    ...(f.responseRate === undefined ? {} : { responseRate: f.responseRate }),
  };
}

/** The error-bar key of a column in the chart's rows. */
export const errorKey = (column: string) => `${column}__interval`;
export const PUBLISHED_KEY = 'published';

/**
 * The chart's rows, in percent: each column's value with its Wilson interval as the asymmetric
 * error `[value − lower, upper − value]` recharts' ErrorBar draws, and the published figure.
 * A suppressed or empty cell has no bar (null), never a zero.
 */
export function chartRows(table: ImpactTable, labelOf: (row: ImpactTable['rows'][number]) => string) {
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return table.rows.map((row) => {
    const out: Record<string, string | number | null | [number, number]> = { label: labelOf(row), [PUBLISHED_KEY]: pct(row.published) };
    for (const c of table.columns) {
      const s = cellState(row.cells[c]);
      out[c] = s.kind === 'value' ? pct(s.value) : null;
      out[errorKey(c)] = s.kind === 'value' ? [pct(s.value - s.lower), pct(s.upper - s.value)] : null;
    }
    return out;
  });
}
