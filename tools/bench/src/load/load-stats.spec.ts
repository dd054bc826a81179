import { lagOf, lagSeries, lagVerdict, latencyGoal, percentile, summarise, verdictOf } from './load-stats';

describe('percentiles', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('Given 1..100, then p50, p95 and p99 are the 50th, 95th and 99th values (nearest rank)', () => {
    expect([percentile(hundred, 50), percentile(hundred, 95), percentile(hundred, 99), percentile(hundred, 100)]).toEqual([
      50, 95, 99, 100,
    ]);
  });

  it('Given few values, then p99 is the largest and p0 the smallest, and none is NaN', () => {
    expect(percentile([3, 7, 9], 99)).toBe(9);
    expect(percentile([3, 7, 9], 50)).toBe(7);
    expect(percentile([3, 7, 9], 0)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it('Given samples, then the summary counts them and takes the throughput over their span', () => {
    // 10 requests sent over 1.9 s, each answered in 100 ms: 10 in 2 s.
    const samples = Array.from({ length: 10 }, (_, i) => ({ at: i * 211.1, latencyMs: 100 }));
    const s = summarise(samples);
    expect(s).toMatchObject({ count: 10, p50: 100, p99: 100, max: 100 });
    expect(s.throughput).toBeCloseTo(10 / 2, 0);
  });

  it('Given one slow request in a hundred, then p99 shows it only at p100', () => {
    const samples = [...Array.from({ length: 99 }, (_, i) => ({ at: i, latencyMs: 10 })), { at: 99, latencyMs: 900 }];
    expect(summarise(samples)).toMatchObject({ p95: 10, p99: 10, max: 900 });
  });
});

describe('verdicts', () => {
  it('Then 2xx is ok, an expected 4xx is expected, and 5xx, unexpected 4xx or no answer are errors', () => {
    expect(verdictOf(201)).toBe('ok');
    expect(verdictOf(409, [409])).toBe('expected');
    expect(verdictOf(409)).toBe('error');
    expect(verdictOf(404, [409])).toBe('error');
    expect(verdictOf(500, [500])).toBe('error');
    expect(verdictOf(302)).toBe('error');
    expect(verdictOf(0)).toBe('error');
  });

  it('Then the goals are p99 under 100 ms for reads and under 200 ms for writes', () => {
    expect(latencyGoal('read', 99.9)).toEqual({ goalMs: 100, pass: true });
    expect(latencyGoal('read', 100)).toEqual({ goalMs: 100, pass: false });
    expect(latencyGoal('write', 150)).toEqual({ goalMs: 200, pass: true });
    expect(latencyGoal('write', 250)).toEqual({ goalMs: 200, pass: false });
  });
});

describe('consumer lag', () => {
  it('Given committed and end offsets, then the lag is the sum over partitions of end minus committed', () => {
    const ends = [
      { partition: 0, high: '120', low: '0' },
      { partition: 1, high: '80', low: '0' },
      { partition: 2, high: '50', low: '0' },
    ];
    const committed = [
      { partition: 0, offset: '100' },
      { partition: 1, offset: '80' },
      { partition: 2, offset: '45' },
    ];
    expect(lagOf(committed, ends)).toBe(20 + 0 + 5);
  });

  it('Given a partition without a commit, then it owes everything from its low watermark', () => {
    expect(lagOf([{ partition: 0, offset: '-1' }], [{ partition: 0, high: '30', low: '10' }])).toBe(20);
    expect(lagOf([], [{ partition: 0, high: 7, low: 0 }])).toBe(7);
  });

  it('Given a commit past the end (a truncated topic), then that partition counts 0, not a negative lag', () => {
    expect(lagOf([{ partition: 0, offset: 50 }], [{ partition: 0, high: 40, low: 0 }])).toBe(0);
  });

  it('Given samples over time, then each group has its maximum and whether its last sample after the peak is back to 0', () => {
    const samples = [
      { at: 0, lag: { a: 0, b: 0 } },
      { at: 10, lag: { a: 40, b: 5 } },
      { at: 20, lag: { a: 12, b: 0 } },
      { at: 30, lag: { a: 0, b: 3 } },
    ];
    // b was at 0 at 20 but is behind again at the end: not back.
    expect(lagVerdict(samples, 15)).toEqual({ a: { max: 40, backToZero: true }, b: { max: 5, backToZero: false } });
    // No sample after the peak's end: nothing says it came back.
    expect(lagVerdict(samples, 35)).toEqual({ a: { max: 40, backToZero: false }, b: { max: 5, backToZero: false } });
  });

  it('Given many samples, then the series is thinned to the width, keeping each bucket’s maximum', () => {
    const samples = Array.from({ length: 100 }, (_, i) => ({ at: i, lag: { a: i === 57 ? 999 : i % 3 } }));
    const series = lagSeries(samples, 'a', 10);
    expect(series).toHaveLength(10);
    expect(series[5]).toBe(999);
    expect(lagSeries(samples.slice(0, 4), 'a', 10)).toEqual([0, 1, 2, 0]);
  });
});
