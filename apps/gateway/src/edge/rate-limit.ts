import type { RequestHandler } from 'express';
import { AppError } from '@binome/errors';

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
 * State lives in this process: N gateway instances allow N times the limit. A shared store (Redis
 * INCR/EXPIRE or a MongoDB counter per key and window) is needed to hold the limit across instances.
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

/** 429 problem+json with Retry-After once the client IP's bucket is empty. */
export function rateLimit(limiter: TokenBucketLimiter, name: string): RequestHandler {
  return (req, res, next) => {
    const result = limiter.take(`${name}:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`);
    if (result.allowed) return next();
    res.setHeader('Retry-After', String(result.retryAfterSeconds));
    next(new AppError('rate_limited', `Too many requests; retry in ${result.retryAfterSeconds} s`));
  };
}
