import pino from 'pino';
import { clientKey, SharedRateLimiter, slidingWindow, TokenBucketLimiter, type WindowCounters } from './rate-limit';

function limiter(perMinute: number, maxKeys?: number) {
  let now = 1_000_000;
  const l = new TokenBucketLimiter({ perMinute, now: () => now, ...(maxKeys ? { maxKeys } : {}) });
  return { l, advance: (ms: number) => (now += ms) };
}

describe('TokenBucketLimiter', () => {
  it('When a client sends 5 requests with a limit of 5 per minute, then all pass and the 6th is refused with a retry time', () => {
    const { l } = limiter(5);
    const results = Array.from({ length: 6 }, () => l.take('ip'));
    expect(results.slice(0, 5).every((r) => r.allowed)).toBe(true);
    expect(results[5]).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 12 });
  });

  it('When time passes, then tokens come back at the per-minute rate and no faster', () => {
    const { l, advance } = limiter(5);
    for (let i = 0; i < 5; i++) l.take('ip');
    advance(11_000);
    expect(l.take('ip').allowed).toBe(false);
    advance(1_000);
    expect(l.take('ip').allowed).toBe(true);
    expect(l.take('ip').allowed).toBe(false);
  });

  it('When two clients share the limiter, then each has its own bucket', () => {
    const { l } = limiter(1);
    expect(l.take('a').allowed).toBe(true);
    expect(l.take('b').allowed).toBe(true);
    expect(l.take('a').allowed).toBe(false);
  });

  it('When more keys arrive than the limiter keeps, then idle (refilled) buckets are dropped first and a busy client keeps its empty bucket', () => {
    const { l, advance } = limiter(60, 3);
    l.take('a');
    l.take('b');
    advance(60_000); // a and b have refilled: they carry no state any more
    for (let i = 0; i < 60; i++) l.take('busy');
    l.take('c');
    expect(l.size).toBeLessThanOrEqual(3);
    expect(l.take('busy').allowed).toBe(false);
  });
});

describe('slidingWindow', () => {
  it('When the previous window was full and half of it still overlaps, then half of it counts against the client', () => {
    expect(slidingWindow(4, 1, 30_000, 60_000, 3)).toEqual({ allowed: true, remaining: 0, resetSeconds: 30, retryAfterSeconds: 0 });
    expect(slidingWindow(4, 2, 30_000, 60_000, 3).allowed).toBe(false);
  });

  it('When a client is over the limit inside one window, then Retry-After points to the moment one more request fits', () => {
    // 4 of 3 in this window, at its start: the next window must age them to (3 - 1) / 4.
    expect(slidingWindow(0, 4, 0, 60_000, 3)).toEqual({ allowed: false, remaining: 0, resetSeconds: 90, retryAfterSeconds: 90 });
    // The previous window's 6 must age to 1 before a second request of this window fits.
    expect(slidingWindow(6, 1, 0, 60_000, 3).retryAfterSeconds).toBe(50);
    expect(slidingWindow(6, 2, 50_000, 60_000, 3).allowed).toBe(true);
    expect(slidingWindow(6, 2, 49_000, 60_000, 3).allowed).toBe(false);
  });

  it('When a fixed window would reset at its boundary, then the sliding estimate still refuses the burst', () => {
    // 3 requests at the end of one window, 3 more right after the boundary: at most 3 pass.
    expect(slidingWindow(3, 1, 1_000, 60_000, 3).allowed).toBe(false);
  });
});

describe('clientKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:bbbb::7', '2001:db8:1:2::/64'],
  ])('When the client IP is %s, then it is counted as %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });
});

describe('SharedRateLimiter', () => {
  const policy = { name: 'applications', limit: 2, windowSeconds: 60 };

  function counters(): WindowCounters & { failing: boolean; hanging: boolean; counts: Map<string, number>; reads: number } {
    const counts = new Map<string, number>();
    const state = {
      failing: false,
      hanging: false,
      counts,
      reads: 0,
      async hit(id: string) {
        if (state.hanging) return new Promise<number>(() => undefined);
        if (state.failing) throw new Error('connection refused');
        counts.set(id, (counts.get(id) ?? 0) + 1);
        return counts.get(id) ?? 0;
      },
      async count(id: string) {
        if (state.failing) throw new Error('connection refused');
        state.reads++;
        return counts.get(id) ?? 0;
      },
    };
    return state;
  }

  function logger() {
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
    return { log, lines };
  }

  it('When the store answers, then the shared count decides', async () => {
    const store = counters();
    const { log } = logger();
    const limiter = new SharedRateLimiter({ policy, store, logger: log, storeTimeoutMs: 100, now: () => 120_000 });
    const decisions = [await limiter.take('ip'), await limiter.take('ip'), await limiter.take('ip')];
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
    expect([...store.counts.values()]).toEqual([3]);
  });

  it('When the previous window has closed, then its count is read once and the limit still slides over it', async () => {
    const store = counters();
    const { log } = logger();
    let now = 120_000;
    const limiter = new SharedRateLimiter({ policy, store, logger: log, storeTimeoutMs: 100, now: () => now });
    await limiter.take('ip');
    await limiter.take('ip');
    now = 180_000 + 30_000; // half-way through the next window: the previous 2 count for 1
    const decisions = [await limiter.take('ip'), await limiter.take('ip'), await limiter.take('ip')];
    expect(decisions.map((d) => d.allowed)).toEqual([true, false, false]);
    expect(store.reads).toBe(2 + 1);
  });

  it('When the store fails, then the edge neither opens nor closes: a local bucket of the same limit decides, one warning is logged, and recovery is logged', async () => {
    const store = counters();
    const { log, lines } = logger();
    let now = 120_000;
    const limiter = new SharedRateLimiter({ policy, store, logger: log, storeTimeoutMs: 100, retryStoreAfterMs: 5_000, now: () => now });
    store.failing = true;
    const decisions = [await limiter.take('ip'), await limiter.take('ip'), await limiter.take('ip'), await limiter.take('other')];
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false, true]);
    expect(decisions[2].retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => l.msg.startsWith('rate-limit store unavailable'))).toHaveLength(1);
    store.failing = false;
    now += 5_001;
    expect((await limiter.take('third')).allowed).toBe(true);
    expect(store.counts.size).toBe(1);
    expect(lines.filter((l) => l.msg.startsWith('rate-limit store answers again'))).toHaveLength(1);
  });

  it('When the store does not answer in time, then the request is decided locally without waiting for it', async () => {
    const store = counters();
    store.hanging = true;
    const { log, lines } = logger();
    const limiter = new SharedRateLimiter({ policy, store, logger: log, storeTimeoutMs: 20, now: () => 120_000 });
    const started = Date.now();
    expect((await limiter.take('ip')).allowed).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lines.some((l) => l.msg.startsWith('rate-limit store unavailable'))).toBe(true);
  });
});
