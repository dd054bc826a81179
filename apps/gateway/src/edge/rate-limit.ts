import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import ipaddr from 'ipaddr.js';
import { AppError } from '@binome/errors';
import type { Logger } from '@binome/logging';

export interface TokenBucketOptions {
  /** Requests allowed per minute, and the burst a fresh client may spend at once. */
  perMinute: number;
  /** Most keys kept; beyond it, idle (full) buckets and then the oldest are dropped. */
  maxKeys?: number;
  now?: () => number;
}

export interface TakeResult {
  allowed: boolean;
  remaining: number;
  /** Seconds until one request is allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * In-memory token buckets, one per key (the client IP). Each bucket holds up to `perMinute`
 * tokens and refills continuously at `perMinute` per minute; a request takes one token. Memory is
 * bounded: buckets that have refilled completely carry no information and are dropped.
 *
 * State lives in this process, so it is only the fallback of `SharedRateLimiter` while the shared
 * store does not answer: N instances then allow N times the limit.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly ratePerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenBucketOptions) {
    this.ratePerMs = options.perMinute / 60_000;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  take(key: string): TakeResult {
    const now = this.now();
    const capacity = this.options.perMinute;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * this.ratePerMs);
    bucket.at = now;
    this.buckets.delete(key); // re-insert: Map order is then least recently used first
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.evict(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.ratePerMs >= this.options.perMinute) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** A quota: `limit` requests per `windowSeconds` and client, named in the RateLimit headers. */
export interface RatePolicy {
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface LimitDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the current window ends (the headers' `t`); absent when limiting locally. */
  resetSeconds?: number;
  /** Seconds until one request is allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Sliding-window estimate (the previous fixed window's count weighted by how much of it still
 * overlaps the last `windowMs`, plus the current window's count, this request included): no burst
 * of twice the limit across a window boundary, two counters per client and policy.
 */
export function slidingWindow(previous: number, current: number, elapsedMs: number, windowMs: number, limit: number): LimitDecision {
  const weight = 1 - elapsedMs / windowMs;
  const estimate = previous * weight + current;
  const resetSeconds = Math.max(1, Math.ceil((windowMs - elapsedMs) / 1000));
  if (estimate <= limit) return { allowed: true, remaining: Math.max(0, Math.floor(limit - estimate)), resetSeconds, retryAfterSeconds: 0 };
  // When would one more request fit? Still in this window if the previous one's weight can drop
  // enough; otherwise in the next window, where this window's count becomes the weighted one.
  let waitMs: number;
  if (current + 1 <= limit && previous > 0) waitMs = windowMs * (1 - (limit - current - 1) / previous) - elapsedMs;
  else waitMs = windowMs - elapsedMs + windowMs * Math.max(0, 1 - (limit - 1) / current);
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  return { allowed: false, remaining: 0, resetSeconds: retryAfterSeconds, retryAfterSeconds };
}

/**
 * The client a request is counted against: its IP, with IPv4-mapped IPv6 unwrapped and IPv6 taken
 * per /64 (one subscriber's prefix; rotating addresses inside it gives no fresh bucket).
 */
export function clientKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  return address.kind() === 'ipv6' ? `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64` : address.toString();
}

/** Window counters shared by the instances (`RateLimitStore` in MongoDB). */
export interface WindowCounters {
  /** Counts one request in the window `id`; the count after it. */
  hit(id: string, expiresAt: Date): Promise<number>;
  count(id: string): Promise<number>;
}

export interface SharedRateLimiterOptions {
  policy: RatePolicy;
  store: WindowCounters;
  logger: Logger;
  /** Longest wait for the store before this request is decided locally. */
  storeTimeoutMs: number;
  /** After a store failure, how long requests are decided locally before the store is tried again. */
  retryStoreAfterMs?: number;
  now?: () => number;
}

/**
 * A limit held by every gateway instance together: one counter document per client, policy and
 * window in the gateway's database (`rate_limit_windows`, atomic `$inc` with upsert), read as a
 * sliding window. Client keys are hashed, so no IP address is stored.
 *
 * When the store fails or is slow, the edge neither opens nor closes: the request is decided by a
 * local token bucket of the same limit (so each instance enforces the limit on its own, N× overall),
 * a warning is logged once, the store is tried again after `retryStoreAfterMs`, and its recovery is
 * logged.
 */
export class SharedRateLimiter {
  readonly policy: RatePolicy;
  private readonly fallback: TokenBucketLimiter;
  private readonly now: () => number;
  private localUntil = 0;
  private degraded = false;
  private readonly closedWindows = new Map<string, number>();

  constructor(private readonly options: SharedRateLimiterOptions) {
    this.policy = options.policy;
    this.now = options.now ?? Date.now;
    this.fallback = new TokenBucketLimiter({
      perMinute: Math.max(1, Math.round((options.policy.limit * 60) / options.policy.windowSeconds)),
      now: this.now,
    });
  }

  async take(key: string): Promise<LimitDecision> {
    const now = this.now();
    if (now < this.localUntil) return this.local(key);
    try {
      const decision = await this.shared(key, now);
      if (this.degraded) {
        this.degraded = false;
        this.options.logger.info({ policy: this.policy.name }, 'rate-limit store answers again: limits are shared across instances');
      }
      return decision;
    } catch (e) {
      this.localUntil = now + (this.options.retryStoreAfterMs ?? 5_000);
      if (!this.degraded) {
        this.degraded = true;
        this.options.logger.warn(
          { policy: this.policy.name, error: (e as Error).message },
          'rate-limit store unavailable: limiting per instance until it answers',
        );
      }
      return this.local(key);
    }
  }

  private async shared(key: string, now: number): Promise<LimitDecision> {
    const windowMs = this.policy.windowSeconds * 1000;
    const index = Math.floor(now / windowMs);
    const id = (i: number) => `${this.policy.name}:${createHash('sha256').update(key).digest('base64url').slice(0, 22)}:${i}`;
    // A window's count is read as "previous" during the next window: keep it two windows.
    const expiresAt = new Date((index + 2) * windowMs);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.options.storeTimeoutMs} ms`)), this.options.storeTimeoutMs);
    });
    try {
      const elapsed = now - index * windowMs;
      const [current, previous] = await Promise.race([
        Promise.all([this.options.store.hit(id(index), expiresAt), this.previousCount(id(index - 1), elapsed)]),
        timeout,
      ]);
      return slidingWindow(previous, current, elapsed, windowMs, this.policy.limit);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A closed window's count no longer changes: read it once per instance and keep it (bounded),
   * which halves the store's work. Not in the first second of a window, when other instances may
   * still be counting requests that started before the boundary.
   */
  private async previousCount(id: string, elapsedMs: number): Promise<number> {
    const known = this.closedWindows.get(id);
    if (known !== undefined) return known;
    const count = await this.options.store.count(id);
    if (elapsedMs >= 1_000) {
      if (this.closedWindows.size >= 10_000) this.closedWindows.delete(this.closedWindows.keys().next().value as string);
      this.closedWindows.set(id, count);
    }
    return count;
  }

  private local(key: string): LimitDecision {
    const r = this.fallback.take(key);
    return { allowed: r.allowed, remaining: r.remaining, retryAfterSeconds: r.retryAfterSeconds };
  }
}

export interface Limiter {
  readonly policy: RatePolicy;
  take(key: string): Promise<LimitDecision>;
}

/**
 * Counts the request against the client's quota and says so in the IETF RateLimit fields
 * (draft-ietf-httpapi-ratelimit-headers: `RateLimit-Policy: "api";q=600;w=60`,
 * `RateLimit: "api";r=599;t=42`, one item per policy that applied); over the quota, 429
 * problem+json with Retry-After.
 */
export function rateLimit(limiter: Limiter): RequestHandler {
  return (req, res, next) => {
    limiter.take(clientKey(req.ip ?? req.socket.remoteAddress ?? 'unknown')).then((d) => {
      const { name, limit, windowSeconds } = limiter.policy;
      res.append('RateLimit-Policy', `"${name}";q=${limit};w=${windowSeconds}`);
      res.append('RateLimit', `"${name}";r=${d.remaining}${d.resetSeconds === undefined ? '' : `;t=${d.resetSeconds}`}`);
      if (d.allowed) return next();
      res.setHeader('Retry-After', String(d.retryAfterSeconds));
      next(new AppError('rate_limited', `Too many requests; retry in ${d.retryAfterSeconds} s`));
    }, next);
  };
}
