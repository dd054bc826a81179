import type { Connection } from 'mongoose';
import { scoped, type TenantScope, TenantRepository } from '@binome/persistence';
import type { ApplicationFact } from './application-fact.entity';
import { ApplicationFactSchema } from './application-fact.schema';

export interface ApplicationCount {
  territoryId: string;
  count: number;
  lastAppliedAt: Date | undefined;
}

export class ApplicationFactsRepository extends TenantRepository<ApplicationFact> {
  constructor(connection: Connection) {
    super(connection, 'ApplicationFact', ApplicationFactSchema);
  }

  /** Idempotent: the first event for a candidate creates the fact, later copies change nothing. */
  async record(fact: ApplicationFact): Promise<void> {
    await this.model.updateOne({ _id: fact._id, territoryId: fact.territoryId }, { $setOnInsert: { ...fact } }, { upsert: true });
  }

  async erase(territoryId: string, candidateId: string): Promise<void> {
    await this.model.deleteOne({ _id: candidateId, territoryId });
  }

  async count(scope: TenantScope, territoryId: string): Promise<ApplicationCount> {
    const filter = scoped<ApplicationFact>(scope, { territoryId });
    const [count, latest] = await Promise.all([
      this.model.countDocuments(filter),
      this.model.findOne(filter, { appliedAt: 1 }).sort({ appliedAt: -1 }).lean<Pick<ApplicationFact, 'appliedAt'>>(),
    ]);
    return { territoryId, count, lastAppliedAt: latest?.appliedAt };
  }
}
