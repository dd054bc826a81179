import { wilsonInterval } from './wilson';

/** Reference values: Newcombe (1998), Statistics in Medicine 17:857–872, table II, method 3 (Wilson score). */
const NEWCOMBE: [number, number, number, number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0, 0.1611],
  [1, 29, 0.0061, 0.1718],
];

describe('wilsonInterval', () => {
  it.each(NEWCOMBE)('When %i successes out of %i, then the interval is Newcombe’s [%f, %f] to 4 decimals', (x, n, lower, upper) => {
    const i = wilsonInterval(x, n);
    expect(i?.lower).toBeCloseTo(lower, 4);
    expect(i?.upper).toBeCloseTo(upper, 4);
  });

  it('When everyone succeeds, then the interval ends at 1 and starts below it', () => {
    const i = wilsonInterval(29, 29);
    expect(i?.upper).toBe(1);
    expect(i?.lower).toBeCloseTo(0.883, 3);
  });

  it('When nobody is counted, then there is no interval', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });

  it('When the counts are impossible, then it throws rather than inventing an interval', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 2)).toThrow(RangeError);
  });
});
