import type { Connection } from 'mongoose';
import type { Kafka } from 'kafkajs';
import { EventConsumer, on, type EventHandler } from '@binome/events';
import type { Logger } from '@binome/logging';
import { ensureIndexes, MongoProcessedEventStore } from '@binome/persistence';
import { MongoFactStore, type FactStore } from './fact-store';
import { factRepositories, type FactRepositories } from './fact.repository';
import { FACT_COLLECTIONS } from './fact.schema';
import { ProjectionPointerStore, type ProjectionPointer } from './projection-pointer';
import { project, PROJECTORS } from './projection';

export interface ProjectionRunnerOptions {
  connection: Connection;
  kafka: Kafka;
  logger: Logger;
  topics: string[];
  /** The group of the initial projection (already prefixed). */
  group: string;
  /** How often the pointer is read (a replay run elsewhere swaps it). */
  pointerPollMs?: number;
  /** Where a group with no committed offset starts (default: the beginning; `KAFKA_NEW_GROUPS_FROM`). */
  fromBeginning?: boolean;
}

/**
 * Keeps the live projection: one consumer group writing facts into the database the pointer
 * names. When a replay swaps the pointer, every instance stops its consumer, switches its reads
 * to the new database and resumes with the replay's group, which goes on from the offsets the
 * replay committed: nothing between the replay's end and the swap is lost.
 */
export class ProjectionRunner {
  private readonly pointers: ProjectionPointerStore;
  private current: { pointer: ProjectionPointer; repos: FactRepositories; store: FactStore; consumer: EventConsumer } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private switching: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.pointers = new ProjectionPointerStore(options.connection);
  }

  get initialPointer(): ProjectionPointer {
    return { database: this.options.connection.name, group: this.options.group };
  }

  /** The facts the reads use (the current projection). */
  facts(): FactRepositories {
    if (!this.current) throw new Error('projection not started');
    return this.current.repos;
  }

  pointer(): ProjectionPointer | undefined {
    return this.current?.pointer;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.switchTo(await this.pointers.current(this.initialPointer));
    this.timer = setInterval(() => void this.poll(), this.options.pointerPollMs ?? 2_000);
  }

  /** Re-reads the pointer now (the replay command's own instance does so right after the swap). */
  async poll(): Promise<void> {
    this.switching = this.switching.then(async () => {
      if (this.stopped) return;
      const next = await this.pointers.current(this.initialPointer).catch(() => undefined);
      if (next && this.current && (next.database !== this.current.pointer.database || next.group !== this.current.pointer.group))
        await this.switchTo(next);
    });
    return this.switching;
  }

  private async switchTo(pointer: ProjectionPointer): Promise<void> {
    const previous = this.current;
    if (previous) await previous.consumer.stop();
    const db =
      pointer.database === this.options.connection.name
        ? this.options.connection
        : this.options.connection.useDb(pointer.database, { useCache: true });
    const repos = factRepositories(db);
    await ensureIndexes(db);
    const store = new MongoFactStore(repos);
    const handlers: EventHandler<unknown>[] = PROJECTORS.map((p) =>
      on(p.type, (payload, envelope) => project(store, p, payload, envelope)),
    );
    const consumer = new EventConsumer({
      kafka: this.options.kafka,
      group: pointer.group,
      topics: this.options.topics,
      handlers,
      processed: new MongoProcessedEventStore(db),
      logger: this.options.logger,
      fromBeginning: this.options.fromBeginning,
    });
    await consumer.start();
    this.current = { pointer, repos, store, consumer };
    if (previous && previous.pointer.database !== pointer.database) {
      this.options.logger.info({ database: pointer.database, group: pointer.group }, 'projection swapped');
      await this.dropProjection(previous.pointer.database);
    }
  }

  /**
   * The projection swapped out is removed (every instance may try: dropping is idempotent), so
   * that nothing an erasure has since anonymised survives in a stale copy. The first projection
   * lives in the main database beside the surveys: only its fact collections go.
   */
  private async dropProjection(database: string): Promise<void> {
    try {
      if (database !== this.options.connection.name) {
        await this.options.connection.useDb(database, { useCache: true }).dropDatabase();
        return;
      }
      const db = this.options.connection.db;
      if (!db) return;
      const names = new Set((await db.listCollections().toArray()).map((c) => c.name));
      for (const name of [...Object.values(FACT_COLLECTIONS), 'erased_people']) if (names.has(name)) await db.dropCollection(name);
    } catch (e) {
      this.options.logger.warn({ database, error: (e as Error).name }, 'previous projection not dropped');
    }
  }

  isRunning(): boolean {
    return !!this.current?.consumer.isRunning();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.switching;
    await this.current?.consumer.stop();
  }
}
