import { randomUUID } from 'node:crypto';
import type { Logger } from '@binome/logging';
import { signatureHeader } from './signature';
import { createWebhookTransport, type WebhookTransport } from './webhook-transport';
import type { AttemptLog, WebhookDelivery, WebhookEndpoint, WebhookStore } from './webhook.store';

export interface DispatcherOptions {
  /** Wait after a pass that sent something, and the first wait when idle. */
  pollMs: number;
  /** Idle passes double the wait up to this (default 10 s); a nudge or a delivery sent resets it. */
  maxPollMs?: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
  allowInsecureTargets: boolean;
  /** How long a sender holds a delivery; another instance takes it over after that. */
  leaseMs?: number;
  /** Deliveries sent at once by this instance. */
  concurrency?: number;
}

/** Exponential back-off with ±20 % jitter: base, 2×base, 4×base… capped. */
export function retryDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/**
 * Sends due deliveries. State is in the database, not here: a delivery is leased
 * (findOneAndUpdate on status, due time and an expired lease), sent, and its outcome written under
 * the same lease; any instance can pick up what another left, and a restart resumes where the
 * records say. A delivered record is never sent again; a crash between the partner's 2xx and the
 * write sends it once more after the lease, hence X-Binome-Event-Id for the receiver to deduplicate.
 */
export class DeliveryDispatcher {
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private inFlight: Promise<void> = Promise.resolve();
  private again = false;
  private idleMs = 0;

  private readonly transport: WebhookTransport;

  constructor(
    private readonly store: WebhookStore,
    private readonly options: DispatcherOptions,
    private readonly logger: Logger,
    // The guarded transport: connects only to the addresses its lookup checked (target-guard.ts).
    transport?: WebhookTransport,
  ) {
    this.transport =
      transport ?? createWebhookTransport({ allowInsecureTargets: options.allowInsecureTargets, timeoutMs: options.timeoutMs });
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
    this.transport.close();
  }

  /** New deliveries exist: look now rather than at the next poll. */
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
        .catch((e: Error) => this.logger.error({ error: e.name, detail: e.message }, 'webhook dispatch failed'))
        .finally(() => {
          if (!this.running) return;
          // An idle platform should not keep the database busy: back off while nothing is due. Any
          // attempt resets the wait, so a retry due T after it is looked for by about 2T.
          if (sent) this.idleMs = this.options.pollMs;
          const delay = this.again ? 0 : this.idleMs;
          if (!sent && !this.again)
            this.idleMs = Math.min(this.idleMs * 2, Math.max(this.options.pollMs, this.options.maxPollMs ?? 10_000));
          this.schedule(delay);
        });
    }, ms);
  }

  /** Returns whether it sent anything. */
  private async tick(): Promise<boolean> {
    this.again = false;
    const concurrency = this.options.concurrency ?? 4;
    for (let round = 0; round < 25 && this.running; round++) {
      const claimed: WebhookDelivery[] = [];
      for (let i = 0; i < concurrency; i++) {
        const d = await this.claim();
        if (!d) break;
        claimed.push(d);
      }
      if (!claimed.length) return round > 0;
      await Promise.all(claimed.map((d) => this.send(d)));
    }
    this.again = true;
    return true;
  }

  private async claim(): Promise<WebhookDelivery | null> {
    const now = new Date();
    return this.store.deliveries
      .findOneAndUpdate(
        { status: 'pending', nextAttemptAt: { $lte: now }, leaseUntil: { $lte: now } },
        { $set: { leaseUntil: new Date(now.getTime() + (this.options.leaseMs ?? 60_000)), leaseOwner: this.owner } },
        { new: true, sort: { nextAttemptAt: 1 } },
      )
      .lean<WebhookDelivery>();
  }

  private async send(delivery: WebhookDelivery): Promise<void> {
    const endpoint = await this.store.endpoints
      .findOne({ _id: delivery.endpointId, partnerId: delivery.partnerId })
      .lean<WebhookEndpoint>();
    if (!endpoint || !endpoint.active || delivery.body === null) {
      await this.finish(delivery, { status: 'cancelled' });
      return;
    }
    const started = Date.now();
    let statusCode: number | undefined;
    let error: string | undefined;
    const timestamp = Math.floor(Date.now() / 1000);
    const outcome = await this.transport.post(
      endpoint.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Binome-Webhooks/1',
        'x-binome-timestamp': String(timestamp),
        'x-binome-signature': signatureHeader(endpoint.secret, timestamp, delivery.body),
        'x-binome-event-id': delivery.eventId,
        'x-binome-event-type': delivery.eventType,
        'x-binome-delivery-id': delivery._id,
      },
      delivery.body,
    );
    if ('error' in outcome) error = outcome.error;
    else {
      statusCode = outcome.statusCode;
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    }
    const attempts = delivery.attempts + 1;
    const entry: AttemptLog = {
      at: new Date(started),
      durationMs: Date.now() - started,
      ...(statusCode ? { statusCode } : {}),
      ...(error ? { error } : {}),
    };
    const log = [...(delivery.log ?? []), entry].slice(-10);
    const common = {
      attempts,
      lastAttemptAt: entry.at,
      log,
      ...(statusCode ? { lastStatusCode: statusCode } : {}),
      lastError: error ?? '',
    };
    if (!error) {
      await this.finish(delivery, { ...common, status: 'delivered', deliveredAt: new Date() });
      this.logger.info({ deliveryId: delivery._id, partnerId: delivery.partnerId, attempts }, 'webhook delivered');
    } else if (attempts >= this.options.maxAttempts) {
      await this.finish(delivery, { ...common, status: 'failed' });
      this.logger.warn({ deliveryId: delivery._id, partnerId: delivery.partnerId, attempts, error }, 'webhook delivery failed for good');
    } else {
      const next = new Date(Date.now() + retryDelay(attempts, this.options.retryBaseMs, this.options.retryMaxMs));
      await this.finish(delivery, { ...common, nextAttemptAt: next });
      this.logger.info(
        { deliveryId: delivery._id, partnerId: delivery.partnerId, attempts, error, next },
        'webhook delivery will be retried',
      );
    }
  }

  /** Writes the outcome and frees the lease, only if this instance still holds it. */
  private async finish(delivery: WebhookDelivery, set: Partial<WebhookDelivery>): Promise<void> {
    await this.store.deliveries.updateOne(
      { _id: delivery._id, leaseOwner: this.owner },
      { $set: { ...set, leaseUntil: new Date(0), leaseOwner: '' } },
    );
  }
}
