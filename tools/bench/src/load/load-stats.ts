// The figures of `npm run bench:load` (pure: no I/O): latency percentiles per endpoint family,
// consumer lag from offsets, the verdict on each status, the goals.

/** Nearest-rank percentile of ascending values: the smallest value with at least p % at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  if (p <= 0) return sorted[0];
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1];
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests per second over the span between the family's first request and its last answer. */
  throughput: number;
}

export interface Sample {
  /** ms since the run began, when the request was sent. */
  at: number;
  latencyMs: number;
}

export function summarise(samples: readonly Sample[]): LatencySummary {
  const sorted = samples.map((s) => s.latencyMs).sort((a, b) => a - b);
  const first = Math.min(...samples.map((s) => s.at));
  const last = Math.max(...samples.map((s) => s.at + s.latencyMs));
  const spanS = samples.length ? Math.max(0.001, (last - first) / 1000) : 1;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    count: samples.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    throughput: round(samples.length / spanS),
  };
}

export type Verdict = 'ok' | 'expected' | 'error';

/** 2xx is ok; a 4xx the profile sends on purpose (a duplicate application) is expected; anything else is an error. */
export function verdictOf(status: number, expected: readonly number[] = []): Verdict {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 400 && status < 500 && expected.includes(status)) return 'expected';
  return 'error';
}

export interface PartitionOffset {
  partition: number;
  offset: string | number;
}
export interface PartitionEnd {
  partition: number;
  high: string | number;
  low: string | number;
}

/**
 * Messages a group has still to process on a topic: per partition, the end offset minus the
 * committed one; a partition without a commit (-1) owes everything from its low watermark.
 */
export function lagOf(committed: readonly PartitionOffset[], ends: readonly PartitionEnd[]): number {
  const byPartition = new Map(committed.map((c) => [c.partition, Number(c.offset)]));
  let lag = 0;
  for (const e of ends) {
    const high = Number(e.high);
    const c = byPartition.get(e.partition) ?? -1;
    const from = c < 0 ? Number(e.low) : c;
    lag += Math.max(0, high - from);
  }
  return lag;
}

export interface LagSample {
  /** ms since the run began. */
  at: number;
  lag: Record<string, number>;
}

/** Per group: the largest lag seen, and whether the last sample, taken after `after`, is back to 0 (false without one). */
export function lagVerdict(samples: readonly LagSample[], after: number): Record<string, { max: number; backToZero: boolean }> {
  const groups = new Set(samples.flatMap((s) => Object.keys(s.lag)));
  const out: Record<string, { max: number; backToZero: boolean }> = {};
  for (const g of groups) {
    const seen = samples.filter((s) => g in s.lag);
    out[g] = {
      max: Math.max(0, ...seen.map((s) => s.lag[g])),
      backToZero: seen.length > 0 && seen[seen.length - 1].at >= after && seen[seen.length - 1].lag[g] === 0,
    };
  }
  return out;
}

export const GOALS = { readP99Ms: 100, writeP99Ms: 200 } as const;

/** PASS when the p99 of the family is under its goal (reads 100 ms, writes 200 ms). */
export function latencyGoal(kind: 'read' | 'write', p99: number): { goalMs: number; pass: boolean } {
  const goalMs = kind === 'read' ? GOALS.readP99Ms : GOALS.writeP99Ms;
  return { goalMs, pass: p99 < goalMs };
}

/** Lag over time as a compact series: one figure per sample, thinned to at most `width` points (maximum of each bucket). */
export function lagSeries(samples: readonly LagSample[], group: string, width = 24): number[] {
  const values = samples.filter((s) => group in s.lag).map((s) => s.lag[group]);
  if (values.length <= width) return values;
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const from = Math.floor((i * values.length) / width);
    const to = Math.floor(((i + 1) * values.length) / width);
    out.push(Math.max(...values.slice(from, Math.max(to, from + 1))));
  }
  return out;
}
