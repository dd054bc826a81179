import type { Connection, FilterQuery, Model } from 'mongoose';
import { mongo } from 'mongoose';
import { conflict } from '@binome/errors';
import { scoped, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import { territory } from '@binome/persistence';
import type { Candidate, CandidateStatus, HistoryEntry } from './candidate.entity';
import { CandidateSchema } from './candidate.schema';

/** One intake step: fields to set or remove, history to append, events to publish. */
export interface CandidateChange {
  set?: Record<string, unknown>;
  unset?: string[];
  history?: HistoryEntry[];
  /** Replaces the whole history instead of appending (erasure strips notes from past entries). */
  replaceHistory?: HistoryEntry[];
  events: OutboxEntry[];
}

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

  /**
   * Idempotent insert for imports: the candidate (with its events) unless a document with the same
   * deterministic id exists already. Returns true when inserted. A plain insert, like `create`,
   * rather than an upsert: FerretDB drops empty arrays from an upsert's `$setOnInsert`.
   */
  async insertIfAbsent(candidate: Candidate, events: OutboxEntry[]): Promise<boolean> {
    try {
      await this.model.create({ ...candidate, _outbox: events });
      return true;
    } catch (e) {
      if (!(e instanceof mongo.MongoServerError && e.code === 11000)) throw e;
      if (await this.model.exists(scoped<Candidate>(territory(candidate.territoryId), { _id: candidate._id }))) return false;
      // The same email applied online meanwhile (unique territory + email index).
      throw conflict('An application with this email address already exists in this territory');
    }
  }

  /** Stored applications of the territory among the given emails: email → id. */
  async idsByEmail(territoryId: string, emails: readonly string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const found = await this.model
      .find(scoped<Candidate>(territory(territoryId), { 'contact.email': { $in: [...emails] } }), { _id: 1, contact: 1 })
      .lean<Pick<Candidate, '_id' | 'contact'>[]>();
    return new Map(found.map((c) => [c.contact.email, c._id]));
  }

  /** `extra` narrows the scope further (a reach's filter: self…). */
  async findById(scope: TenantScope, id: string, extra: FilterQuery<Candidate> = {}): Promise<Candidate | null> {
    return this.model.findOne(scoped<Candidate>(scope, { $and: [extra, { _id: id }] })).lean<Candidate>();
  }

  async list(scope: TenantScope, q: CandidateListQuery, extra: FilterQuery<Candidate> = {}): Promise<{ items: Candidate[]; total: number }> {
    const filter = scoped<Candidate>(scope, {
      ...(q.status ? { status: q.status } : {}),
      ...(q.territoryId ? { territoryId: q.territoryId } : {}),
      $and: [extra],
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

  /**
   * Applies one intake step and stores its events in the same single-document update (the outbox
   * lives in the document), only if the candidate is still at `expectedRevision` and not erased:
   * compare-and-set, so two staff acting at once cannot both win. Returns false when it was not.
   */
  async change(scope: TenantScope, id: string, expectedRevision: number, change: CandidateChange): Promise<boolean> {
    const update: Record<string, unknown> = {
      $inc: { revision: 1 },
      $push: {
        _outbox: { $each: change.events },
        ...(change.history?.length ? { history: { $each: change.history } } : {}),
      },
    };
    const set = { ...(change.set ?? {}), ...(change.replaceHistory ? { history: change.replaceHistory } : {}) };
    if (Object.keys(set).length) update.$set = set;
    if (change.unset?.length) update.$unset = Object.fromEntries(change.unset.map((k) => [k, 1]));
    const res = await this.model.updateOne(scoped<Candidate>(scope, { _id: id, revision: expectedRevision, erasedAt: { $exists: false } }), update);
    return res.modifiedCount === 1;
  }

  /** Admitted (and not erased) people of a promotion: its occupied seats. */
  async countAdmitted(territoryId: string, promotionId: string): Promise<number> {
    return this.model.countDocuments(scoped<Candidate>(territory(territoryId), { promotionId, status: 'admitted', erasedAt: { $exists: false } }));
  }

  async admitted(territoryId: string, promotionId: string, extra: FilterQuery<Candidate> = {}): Promise<Candidate[]> {
    return this.model
      .find(scoped<Candidate>(territory(territoryId), { $and: [extra, { promotionId, status: 'admitted', erasedAt: { $exists: false } }] }))
      .sort({ _id: 1 })
      .lean<Candidate[]>();
  }

  /** People waiting for a seat in a promotion, unordered (see waitlist.ts for the order). */
  async waitlisted(territoryId: string, promotionId: string): Promise<Candidate[]> {
    return this.model.find(scoped<Candidate>(territory(territoryId), { promotionId, status: 'waitlisted', erasedAt: { $exists: false } })).lean<Candidate[]>();
  }
}
