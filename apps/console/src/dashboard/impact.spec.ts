import { cellState, chartRows, errorKey, impactTable, NATIONAL, PUBLISHED_KEY, type ImpactFigure } from './impact';

const text = (s: string) => ({ fr: s, en: s });
const figure = (code: string, over: Partial<ImpactFigure> = {}): ImpactFigure => ({
  code,
  label: text(code),
  definition: text(`${code} def`),
  published: 0.94,
  suppressed: false,
  ...over,
});
const network = (n: number, x: number) =>
  figure('network', {
    numerator: x,
    denominator: n,
    value: x / n,
    interval: { lower: 0.5, upper: 0.9 },
    due: n + 2,
    responseRate: n / (n + 2),
  });

describe('the dashboard’s impact figures', () => {
  it('When HQ has the nation and a breakdown without one territory, then that territory’s cells are empty, not zero', () => {
    const t = impactTable('2027-06-01', ['paris', 'rennes', NATIONAL], {
      rennes: [network(10, 7), figure('autonomy', { suppressed: true })],
      [NATIONAL]: [
        network(20, 15),
        figure('autonomy', { numerator: 3, denominator: 8, value: 0.375, interval: { lower: 0.14, upper: 0.69 } }),
      ],
    });
    expect(t.rows.map((r) => r.code)).toEqual(['network', 'autonomy']);
    expect(cellState(t.rows[0].cells.paris)).toEqual({ kind: 'empty' });
    expect(cellState(t.rows[1].cells.rennes)).toEqual({ kind: 'suppressed' });
    expect(cellState(t.rows[0].cells.rennes)).toEqual({
      kind: 'value',
      value: 0.7,
      lower: 0.5,
      upper: 0.9,
      numerator: 7,
      denominator: 10,
      responseRate: 10 / 12,
    });
  });

  it('When a figure has no respondent, then it is empty even though it is not suppressed', () => {
    expect(cellState(figure('network', { numerator: 0, denominator: 0, due: 0 }))).toEqual({ kind: 'empty' });
  });

  it('When the chart is drawn, then each bar is a percentage with its interval as asymmetric errors, and a suppressed cell has no bar', () => {
    const t = impactTable('2027-06-01', ['rennes', NATIONAL], {
      rennes: [figure('network', { suppressed: true })],
      [NATIONAL]: [network(10, 7)],
    });
    const [row] = chartRows(t, (r) => r.label.fr);
    expect(row).toEqual({
      label: 'network',
      [PUBLISHED_KEY]: 94,
      rennes: null,
      [errorKey('rennes')]: null,
      [NATIONAL]: 70,
      [errorKey(NATIONAL)]: [20, 20],
    });
  });
});
