import type { Connection } from 'mongoose';
import { scoped, TenantRepository, territory, type Filter, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
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
export class CandidateRepository extends TenantRepository<Candidate> {
  constructor(connection: Connection) {
    // The unique (territory, email) index: a second application, online or imported.
    super(connection, 'Candidate', CandidateSchema, {
      duplicate: () => 'An application with this email address already exists in this territory',
    });
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
  async list(scope: TenantScope, q: CandidateListQuery, extra: Filter<Candidate> = {}): Promise<{ items: Candidate[]; total: number }> {
    const filter: Filter<Candidate> = {
      ...(q.status ? { status: q.status } : {}),
      ...(q.territoryId ? { territoryId: q.territoryId } : {}),
    };
    return this.findPage(scope, filter, { skip: (q.page - 1) * q.perPage, limit: q.perPage, sort: { appliedAt: -1 } }, extra);
  }

  /**
   * Applies one intake step and stores its events in the same single-document update (the outbox
   * lives in the document), only if the candidate is still at `expectedRevision` and not erased:
   * compare-and-set, so two staff acting at once cannot both win. Returns false when it was not.
   */
  async change(scope: TenantScope, id: string, expectedRevision: number, change: CandidateChange): Promise<boolean> {
    const update: Record<string, unknown> = {
      $inc: { revision: 1 },
      ...(change.history?.length ? { $push: { history: { $each: change.history } } } : {}),
    };
    const set = { ...(change.set ?? {}), ...(change.replaceHistory ? { history: change.replaceHistory } : {}) };
    if (Object.keys(set).length) update.$set = set;
    if (change.unset?.length) update.$unset = Object.fromEntries(change.unset.map((k) => [k, 1]));
    // `erasedAt: null` (absent; it is only ever set to a date) rather than `$exists: false`: a plain
    // value keeps the filter `{territoryId, _id, revision, erasedAt}`, which the embedded engine
    // serves from the `territory_id_revision` index instead of scanning candidates.
    return this.compareAndSet(scope, id, { revision: expectedRevision, erasedAt: null }, update, change.events);
  }

  /** Admitted (and not erased) people of a promotion: its occupied seats. */
  async countAdmitted(territoryId: string, promotionId: string): Promise<number> {
    return this.model.countDocuments(
      scoped<Candidate>(territory(territoryId), { promotionId, status: 'admitted', erasedAt: { $exists: false } }),
    );
  }

  async admitted(territoryId: string, promotionId: string, extra: Filter<Candidate> = {}): Promise<Candidate[]> {
    return this.model
      .find(scoped<Candidate>(territory(territoryId), { $and: [extra, { promotionId, status: 'admitted', erasedAt: { $exists: false } }] }))
      .sort({ _id: 1 })
      .lean<Candidate[]>();
  }

  /** People waiting for a seat in a promotion, unordered (see waitlist.ts for the order). */
  async waitlisted(territoryId: string, promotionId: string): Promise<Candidate[]> {
    return this.model
      .find(scoped<Candidate>(territory(territoryId), { promotionId, status: 'waitlisted', erasedAt: { $exists: false } }))
      .lean<Candidate[]>();
  }
}
