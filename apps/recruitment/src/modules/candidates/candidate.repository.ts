import type { Connection, Model } from 'mongoose';
import { mongo } from 'mongoose';
import { conflict } from '@binome/errors';
import { scoped, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import type { Candidate, CandidateStatus } from './candidate.entity';
import { CandidateSchema } from './candidate.schema';

export interface CandidateListQuery {
  status?: CandidateStatus;
  territoryId?: string;
  page: number;
  perPage: number;
}

/** Candidates, always within a tenant scope; returns plain objects. */
export class CandidateRepository {
  readonly model: Model<Candidate>;

  constructor(connection: Connection) {
    this.model = connection.models.Candidate ?? connection.model<Candidate>('Candidate', CandidateSchema);
  }

  /** Stores a new candidate and its events in one atomic write (the outbox lives in the document). */
  async create(candidate: Candidate, events: OutboxEntry[]): Promise<void> {
    try {
      await this.model.create({ ...candidate, _outbox: events });
    } catch (e) {
      if (e instanceof mongo.MongoServerError && e.code === 11000) {
        throw conflict('An application with this email address already exists in this territory');
      }
      throw e;
    }
  }

  async findById(scope: TenantScope, id: string): Promise<Candidate | null> {
    return this.model.findOne(scoped<Candidate>(scope, { _id: id })).lean<Candidate>();
  }

  async list(scope: TenantScope, q: CandidateListQuery): Promise<{ items: Candidate[]; total: number }> {
    const filter = scoped<Candidate>(scope, {
      ...(q.status ? { status: q.status } : {}),
      ...(q.territoryId ? { territoryId: q.territoryId } : {}),
    });
    const [items, total] = await Promise.all([
      this.model
        .find(filter)
        .sort({ appliedAt: -1, _id: 1 })
        .skip((q.page - 1) * q.perPage)
        .limit(q.perPage)
        .lean<Candidate[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }
}
