import { randomUUID } from 'node:crypto';
import type { mongo } from 'mongoose';
import type { Logger } from '@binome/logging';

/** The fields a leased work item carries; the rest of the document is the caller's. */
export interface LeasedItem {
  _id: string;
  status: 'pending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  /** Not sent before then (the due time, then the next retry). */
  nextAttemptAt: Date;
  /** A sender holds the item until then; epoch when free. */
  leaseUntil: Date;
  leaseOwner: string;
  lastAttemptAt?: Date;
  lastError?: string;
  doneAt?: Date;
}

/** The fields of a new pending item, due at `dueAt`. */
export const pendingItem = (dueAt: Date) => ({
  status: 'pending' as const,
  attempts: 0,
  nextAttemptAt: dueAt,
  leaseUntil: new Date(0),
  leaseOwner: '',
  lastError: '',
});

/** What the sender says of one attempt: sent, cancelled (nothing to send any more), or to retry. */
export type DeliveryOutcome = { outcome: 'sent' } | { outcome: 'cancelled'; reason: string } | { outcome: 'retry'; error: string };

export interface LeasedDispatcherOptions {
  /** For the logs. */
  name: string;
  /** Wait after a pass that sent something, and the first wait when idle. */
  pollMs: number;
  /** Idle passes double the wait up to this (default 10 s); a nudge or a sent item resets it. */
  maxPollMs?: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  /** How long a sender holds an item; another instance takes it over after that (default 60 s). */
  leaseMs?: number;
  /** Items sent at once by this instance (default 4). */
  concurrency?: number;
  /** The clock due times are read against (tests move it). */
  now?: () => Date;
}

/** Exponential back-off with ±20 % jitter: base, 2×base, 4×base… capped. */
export function retryDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/**
 * Sends due items of one collection, the pattern of the gateway's webhook deliveries written once:
 * state is in the documents, not here. An item is leased (one findOneAndUpdate on status, due time
 * and an expired lease), sent, and its outcome written under the same lease, so any instance picks
 * up what another left and a restart resumes where the records say. Failures are retried with
 * exponential back-off up to `maxAttempts`, then `failed`. A crash between the send and the write
 * sends once more after the lease: receivers deduplicate by the item's id. Spans territories (a
 * system process): it reads the driver collection, outside the tenant guard, like the outbox relay.
 */
export class LeasedDispatcher<T extends LeasedItem> {
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private inFlight: Promise<void> = Promise.resolve();
  private again = false;
  private idleMs = 0;
  private readonly now: () => Date;

  constructor(
    private readonly collection: mongo.Collection,
    private readonly send: (item: T) => Promise<DeliveryOutcome>,
    private readonly options: LeasedDispatcherOptions,
    private readonly logger: Logger,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    this.running = true;
    this.idleMs = this.options.pollMs;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  /** New items exist: look now rather than at the next poll. */
  nudge(): void {
    if (!this.running) return;
    this.again = true;
    this.idleMs = this.options.pollMs;
    if (this.timer) {
      clearTimeout(this.timer);
      this.schedule(0);
    }
  }

  isRunning(): boolean {
    return this.running;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      let sent = false;
      this.inFlight = this.tick()
        .then((s) => {
          sent = s;
        })
        .catch((e: Error) => this.logger.error({ error: e.name, detail: e.message }, `${this.options.name} dispatch failed`))
        .finally(() => {
          if (!this.running) return;
          // An idle platform should not keep the database busy: back off while nothing is due.
          if (sent) this.idleMs = this.options.pollMs;
          const delay = this.again ? 0 : this.idleMs;
          if (!sent && !this.again)
            this.idleMs = Math.min(this.idleMs * 2, Math.max(this.options.pollMs, this.options.maxPollMs ?? 10_000));
          this.schedule(delay);
        });
    }, ms);
  }

  /** One pass; returns whether it attempted anything. */
  async tick(): Promise<boolean> {
    this.again = false;
    const concurrency = this.options.concurrency ?? 4;
    for (let round = 0; round < 25; round++) {
      const claimed: T[] = [];
      for (let i = 0; i < concurrency; i++) {
        const item = await this.claim();
        if (!item) break;
        claimed.push(item);
      }
      if (!claimed.length) return round > 0;
      await Promise.all(claimed.map((item) => this.attempt(item)));
    }
    this.again = true;
    return true;
  }

  private async claim(): Promise<T | null> {
    const now = this.now();
    // No projection: FerretDB does not implement findAndModify's `fields`.
    return (await this.collection.findOneAndUpdate(
      { status: 'pending', nextAttemptAt: { $lte: now }, leaseUntil: { $lte: now } },
      { $set: { leaseUntil: new Date(now.getTime() + (this.options.leaseMs ?? 60_000)), leaseOwner: this.owner } },
      { returnDocument: 'after', sort: { nextAttemptAt: 1 } },
    )) as unknown as T | null;
  }

  private async attempt(item: T): Promise<void> {
    const result = await this.send(item).catch((e: Error): DeliveryOutcome => ({ outcome: 'retry', error: `${e.name}: ${e.message}` }));
    const at = this.now();
    const attempts = item.attempts + 1;
    const { name } = this.options;
    if (result.outcome === 'sent') {
      await this.finish(item, { status: 'sent', attempts, lastAttemptAt: at, doneAt: at, lastError: '' });
      this.logger.info({ id: item._id, attempts }, `${name} sent`);
    } else if (result.outcome === 'cancelled') {
      await this.finish(item, { status: 'cancelled', lastError: result.reason, doneAt: at });
      this.logger.info({ id: item._id, reason: result.reason }, `${name} cancelled`);
    } else if (attempts >= this.options.maxAttempts) {
      await this.finish(item, { status: 'failed', attempts, lastAttemptAt: at, lastError: result.error, doneAt: at });
      this.logger.warn({ id: item._id, attempts, error: result.error }, `${name} failed for good`);
    } else {
      const next = new Date(at.getTime() + retryDelay(attempts, this.options.retryBaseMs, this.options.retryMaxMs));
      await this.finish(item, { attempts, lastAttemptAt: at, lastError: result.error, nextAttemptAt: next });
      this.logger.info({ id: item._id, attempts, error: result.error, next }, `${name} will be retried`);
    }
  }

  /** Writes the outcome and frees the lease, only if this instance still holds it. */
  private async finish(item: T, set: Partial<LeasedItem>): Promise<void> {
    await this.collection.updateOne({ _id: item._id, leaseOwner: this.owner } as unknown as mongo.Filter<mongo.Document>, {
      $set: { ...set, leaseUntil: new Date(0), leaseOwner: '' },
    });
  }
}
