import { mongo } from 'mongoose';
import type { EventPublisher, OutgoingMessage } from '@binome/events';
import type { Logger } from '@binome/logging';
import { namespaceOf } from '@binome/persistence';
import { inSpanFromCarrier } from '@binome/telemetry';
import { OUTBOX_FIELD, OUTBOX_LEASE_FIELD } from './outbox.schema';

export interface OutboxRelayOptions {
  /**
   * Collections of models whose schemas use outboxPlugin (`Model.collection`). The relay uses the
   * driver directly: it is a system process spanning territories, outside the tenant guard.
   */
  collections: mongo.Collection[];
  publisher: Pick<EventPublisher, 'send'>;
  logger: Logger;
  /** Wait after a pass that found work, and the first wait when idle (default 200 ms). */
  pollIntervalMs?: number;
  /**
   * Idle passes double the wait up to this cap (default 5 s); a nudge or work found brings it back
   * to pollIntervalMs. Local writes nudge, so the cap bounds only how late this relay picks up what
   * another instance left (a crash) or wrote without nudging it.
   */
  maxPollIntervalMs?: number;
  batchSize?: number;
  /** How long a relay instance owns a document while publishing its events. */
  leaseMs?: number;
}

interface StoredEntry {
  id: string;
  topic: string;
  key: string;
  value: mongo.Binary | Buffer;
  headers?: Record<string, string>;
}

const bytes = (v: StoredEntry['value']): Buffer => (v instanceof mongo.Binary ? Buffer.from(v.buffer) : Buffer.from(v));

/**
 * Publishes the events stored in documents' outboxes, in order, then removes them. Several service
 * instances may run a relay: each document is leased by one relay at a time, and a lease expires,
 * so a relay that dies mid-publish hands its documents over. At-least-once: a crash after the
 * publish and before the removal publishes again, and consumers deduplicate by event id.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  /** A nudge arrived during a pass, which may have looked at that collection already. */
  private nudged = false;
  /** The next pass looks at every collection (start, idle polls, a nudge that names no document). */
  private full = true;
  private lastFullAt = 0;
  /** Documents named by nudges since the last pass began, by collection. */
  private readonly named = new Map<mongo.Collection, Set<unknown>>();
  private readonly byNamespace: Map<string, mongo.Collection>;
  private idleMs: number;
  private readonly pollIntervalMs: number;
  private readonly maxPollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.maxPollIntervalMs = Math.max(this.pollIntervalMs, options.maxPollIntervalMs ?? 5_000);
    this.idleMs = this.pollIntervalMs;
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.byNamespace = new Map(options.collections.map((c) => [namespaceOf(c), c]));
  }

  start(): void {
    this.stopped = false;
    this.idleMs = this.pollIntervalMs;
    this.schedule(0);
  }

  /**
   * Publishes now rather than at the next poll (called after a local write). Naming the document
   * (its collection's namespace and its `_id`, as the repositories do after a write with events)
   * publishes just that one, by its `_id`: on the embedded engine a search of the outboxes scans
   * every collection, which the relay then does only on its polls (at least every
   * `maxPollIntervalMs` while busy). A document of another relay's collections is ignored.
   */
  nudge(document?: { namespace: string; id: unknown }): void {
    if (this.stopped) return;
    if (document) {
      const collection = this.byNamespace.get(document.namespace);
      if (!collection) return;
      const ids = this.named.get(collection) ?? new Set<unknown>();
      ids.add(document.id);
      this.named.set(collection, ids);
    } else {
      this.full = true;
    }
    this.idleMs = this.pollIntervalMs;
    if (this.running) this.nudged = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over every model; returns the number of events published. */
  async drain(): Promise<number> {
    let published = 0;
    for (const collection of this.options.collections) published += await this.drainCollection(collection);
    return published;
  }

  /** A full pass when one is due (or asked for), else the documents nudges named. */
  private pass(): Promise<number> {
    const full = this.full || Date.now() - this.lastFullAt >= this.maxPollIntervalMs;
    this.full = false;
    const named = [...this.named];
    this.named.clear();
    if (full) {
      this.lastFullAt = Date.now();
      return this.drain();
    }
    return (async () => {
      let published = 0;
      for (const [collection, ids] of named)
        for (const _id of ids) if (!this.stopped) published += await this.publishDocument(collection, _id);
      return published;
    })();
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A pass the relay makes by itself after waiting (an idle poll) looks everywhere.
      if (delay > 0) this.full = true;
      this.running = this.pass()
        .catch((e: Error) => {
          this.options.logger.error({ error: e.name, detail: e.message }, 'outbox relay pass failed');
          return 0;
        })
        .then((n) => {
          this.running = undefined;
          if (this.stopped) return;
          // Keep going while there is a backlog or a write came meanwhile; poll soon after work;
          // back off while idle.
          const again = n >= this.batchSize || this.nudged;
          // A full batch may have left more behind: look everywhere again at once.
          if (n >= this.batchSize) this.full = true;
          this.nudged = false;
          if (n > 0) this.idleMs = this.pollIntervalMs;
          const delay = again ? 0 : this.idleMs;
          if (n === 0 && !again) this.idleMs = Math.min(this.idleMs * 2, this.maxPollIntervalMs);
          this.schedule(delay);
        });
    }, delay);
  }

  private async drainCollection(collection: mongo.Collection): Promise<number> {
    const now = new Date();
    const candidates = await collection
      .find({ [`${OUTBOX_FIELD}.id`]: { $exists: true } }, { projection: { _id: 1 } })
      .limit(this.batchSize)
      .toArray();
    let published = 0;
    for (const { _id } of candidates) {
      if (this.stopped) break;
      published += await this.publishDocument(collection, _id, now);
    }
    return published;
  }

  /**
   * Leases one document, publishes its entries in order and removes them; the number published (0
   * when it has none, or another relay holds it). Every command names the document by `_id` alone,
   * the one filter the embedded engine serves from an index (any other scans the collection): the
   * lease is read first, and taken only when absent or expired, by an update that returns the
   * document as it was; if another relay took it in between (the before-image holds an unexpired
   * lease), this one leaves the document to it (its lease was lengthened once, harmlessly).
   */
  private async publishDocument(collection: mongo.Collection, _id: unknown, now = new Date()): Promise<number> {
    const byId = { _id } as mongo.Filter<mongo.Document>;
    const free = (doc: mongo.Document | null) => {
      const lease = doc?.[OUTBOX_LEASE_FIELD] as Date | null | undefined;
      return !lease || lease.getTime() < now.getTime();
    };
    const seen = await collection.findOne(byId, { projection: { [OUTBOX_LEASE_FIELD]: 1, [`${OUTBOX_FIELD}.id`]: 1 } });
    if (!seen || !(seen[OUTBOX_FIELD] as unknown[] | undefined)?.length || !free(seen)) return 0;
    // No projection: FerretDB does not implement findAndModify's `fields`.
    const before = await collection.findOneAndUpdate(
      byId,
      { $set: { [OUTBOX_LEASE_FIELD]: new Date(now.getTime() + this.leaseMs) } },
      { returnDocument: 'before' },
    );
    if (!before || !free(before)) return 0;
    const entries = (before[OUTBOX_FIELD] ?? []) as StoredEntry[];
    if (entries.length === 0) {
      await collection.updateOne(byId, { $unset: { [OUTBOX_LEASE_FIELD]: 1 } });
      return 0;
    }
    try {
      await this.publish(entries);
    } catch (e) {
      // The broker refused or is down: give the document back at once, so that the next pass of
      // any instance retries it when the broker returns, not after the lease (30 s) runs out.
      await collection.updateOne(byId, { $unset: { [OUTBOX_LEASE_FIELD]: 1 } }).catch(() => undefined);
      throw e;
    }
    await collection.updateOne(
      byId,
      // $pullAll with the entries exactly as read: entries appended meanwhile stay. (FerretDB does
      // not implement $pull with a condition, and exact-match $pullAll means the same everywhere.)
      { $pullAll: { [OUTBOX_FIELD]: entries }, $unset: { [OUTBOX_LEASE_FIELD]: 1 } } as unknown as mongo.UpdateFilter<mongo.Document>,
    );
    return entries.length;
  }

  private async publish(entries: StoredEntry[]): Promise<void> {
    // The publish continues the trace of the request that made the change.
    const first = { ...entries[0].headers };
    await inSpanFromCarrier('outbox publish', first, 'producer', async (span) => {
      span.setAttribute('messaging.system', 'kafka');
      span.setAttribute('binome.outbox.events', entries.length);
      const messages: OutgoingMessage[] = entries.map((e) => ({
        topic: e.topic,
        key: e.key,
        value: bytes(e.value),
        headers: { ...e.headers },
      }));
      await this.options.publisher.send(messages);
    });
  }
}
