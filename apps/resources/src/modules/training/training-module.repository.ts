import type { Connection } from 'mongoose';
import type { OutboxEntry } from '@binome/outbox';
import { scoped, TenantRepository, territory } from '@binome/persistence';
import type { Completion, TrainingModule } from './training-module.entity';
import { CompletionSchema, TrainingModuleSchema } from './training-module.schema';

export class TrainingModuleRepository extends TenantRepository<TrainingModule> {
  constructor(connection: Connection) {
    super(connection, 'TrainingModule', TrainingModuleSchema);
  }
}

export class CompletionRepository extends TenantRepository<Completion> {
  constructor(connection: Connection) {
    super(connection, 'TrainingCompletion', CompletionSchema);
  }

  /** The person's progress, created empty on first use (idempotent: the id is the person and module). */
  async progressOf(seed: Omit<Completion, 'partsRead' | 'attempts' | 'createdAt' | 'updatedAt'>, now: Date): Promise<Completion> {
    const fresh: Completion = { ...seed, partsRead: [], attempts: [], createdAt: now, updatedAt: now };
    if (await this.insertIfAbsent(fresh)) return fresh;
    return (await this.findById(territory(seed.territoryId), seed._id)) ?? fresh;
  }

  /** Records completion once: only a not yet completed record moves, with its event in the same write. */
  async complete(c: Completion, completedOn: string, recordedBy: string, events: OutboxEntry[]): Promise<boolean> {
    return this.compareAndSet(
      territory(c.territoryId),
      c._id,
      { completedOn: { $exists: false } },
      { $set: { completedOn, recordedBy, updatedAt: new Date() } },
      events,
    );
  }

  async markRead(c: Completion, partId: string): Promise<void> {
    await this.compareAndSet(territory(c.territoryId), c._id, {}, { $addToSet: { partsRead: partId }, $set: { updatedAt: new Date() } });
  }

  async addAttempt(c: Completion, attempt: Completion['attempts'][number]): Promise<void> {
    await this.compareAndSet(territory(c.territoryId), c._id, {}, { $push: { attempts: attempt }, $set: { updatedAt: new Date() } });
  }

  /** Erasure: the person's progress and completions in the territory are removed. */
  async removeOfPerson(territoryId: string, personId: string): Promise<number> {
    return (await this.model.deleteMany(scoped(territory(territoryId), { personId }))).deletedCount;
  }
}
