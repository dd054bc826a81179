import { TokenBucketLimiter } from './rate-limit';

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
