import type { Connection, FilterQuery, Model } from 'mongoose';
import { mongo } from 'mongoose';
import { allTerritories, scoped, territory, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import { idsFilter, pagingOf, type PagingInput } from '@binome/http-server';
import type { Referral, ReferralDirection, ReferralStatus } from './referral.entity';
import { ReferralSchema } from './referral.schema';

export interface ReferralListQuery extends PagingInput {
  /** getMany. */
  id?: readonly string[];
  direction?: ReferralDirection;
  status?: ReferralStatus;
  candidateId?: string;
}

export interface ReferralChange {
  set?: Record<string, unknown>;
  unset?: string[];
  history?: Referral['history'];
  replaceHistory?: Referral['history'];
  events: OutboxEntry[];
}

/** Referrals, within a tenant scope, or for one partner organisation across territories. */
export class ReferralRepository {
  readonly model: Model<Referral>;

  constructor(connection: Connection) {
    this.model = connection.models.Referral ?? connection.model<Referral>('Referral', ReferralSchema);
  }

  /**
   * Stores a referral and its events in one write. Idempotent: the id is chosen by the caller and
   * recorded first in the candidate, so a retry after a crash creates it once (false when it existed).
   */
  async createOnce(referral: Referral, events: OutboxEntry[]): Promise<boolean> {
    try {
      await this.model.create({ ...referral, _outbox: events });
      return true;
    } catch (e) {
      if (e instanceof mongo.MongoServerError && e.code === 11000) return false;
      throw e;
    }
  }

  /** `extra` narrows the scope further (a reach's filter: a person's own referrals). */
  async findById(scope: TenantScope, id: string, extra: FilterQuery<Referral> = {}): Promise<Referral | null> {
    return this.model.findOne(scoped<Referral>(scope, { $and: [extra, { _id: id }] })).lean<Referral>();
  }

  /**
   * A referral addressed to a partner organisation. Partner users belong to the `partners` realm,
   * whose principal has no territory (`scope.kind = 'some', territories: []`): scoping by the
   * principal would find nothing. A partner works across territories, so the query names every
   * territory explicitly (the tenant guard still sees the key) and is bounded by the partner id
   * instead, and by consent: what the person did not agree to share, the partner never sees.
   */
  async findForPartner(partnerId: string, id: string): Promise<Referral | null> {
    return this.model.findOne(scoped<Referral>(allTerritories, { _id: id, ...partnerFilter(partnerId) })).lean<Referral>();
  }

  async list(scope: TenantScope, q: ReferralListQuery, extra: FilterQuery<Referral> = {}): Promise<{ items: Referral[]; total: number }> {
    return this.page(scoped<Referral>(scope, { $and: [queryFilter(q), extra] }), q);
  }

  /** See findForPartner for why this spans all territories. */
  async listForPartner(partnerId: string, q: ReferralListQuery): Promise<{ items: Referral[]; total: number }> {
    return this.page(scoped<Referral>(allTerritories, { ...queryFilter(q), ...partnerFilter(partnerId) }), q);
  }

  async ofCandidate(territoryId: string, candidateId: string): Promise<Referral[]> {
    return this.model.find(scoped<Referral>(territory(territoryId), { candidateId })).sort({ createdAt: 1, _id: 1 }).lean<Referral[]>();
  }

  /** Compare-and-set on the revision, with the events in the same update (see CandidateRepository.change). */
  async change(scope: TenantScope, id: string, expectedRevision: number, change: ReferralChange): Promise<boolean> {
    const update: Record<string, unknown> = {
      $inc: { revision: 1 },
      $push: { _outbox: { $each: change.events }, ...(change.history?.length ? { history: { $each: change.history } } : {}) },
    };
    const set = { ...(change.set ?? {}), ...(change.replaceHistory ? { history: change.replaceHistory } : {}) };
    if (Object.keys(set).length) update.$set = set;
    if (change.unset?.length) update.$unset = Object.fromEntries(change.unset.map((k) => [k, 1]));
    const res = await this.model.updateOne(scoped<Referral>(scope, { _id: id, revision: expectedRevision, erasedAt: { $exists: false } }), update);
    return res.modifiedCount === 1;
  }

  private async page(filter: FilterQuery<Referral>, q: ReferralListQuery) {
    const paging = pagingOf(q, { createdAt: -1 });
    const [items, total] = await Promise.all([
      this.model.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<Referral[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }
}

const partnerFilter = (partnerId: string) => ({ partnerId, sharedWithPartner: true, erasedAt: { $exists: false } });

const queryFilter = (q: ReferralListQuery) => ({
  ...idsFilter(q.id),
  ...(q.direction ? { direction: q.direction } : {}),
  ...(q.status ? { status: q.status } : {}),
  ...(q.candidateId ? { candidateId: q.candidateId } : {}),
});
