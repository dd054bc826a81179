import type { Connection } from 'mongoose';
import { allTerritories, territory, TenantRepository, type Filter, type Paging, type TenantScope } from '@binome/persistence';
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
export class ReferralRepository extends TenantRepository<Referral> {
  constructor(connection: Connection) {
    super(connection, 'Referral', ReferralSchema);
  }

  /**
   * Stores a referral and its events in one write. Idempotent: the id is chosen by the caller and
   * recorded first in the candidate, so a retry after a crash creates it once (false when it existed).
   */
  async createOnce(referral: Referral, events: OutboxEntry[]): Promise<boolean> {
    return this.insertIfAbsent(referral, events);
  }

  /**
   * A referral addressed to a partner organisation. Partner users belong to the `partners` realm,
   * whose principal has no territory (`scope.kind = 'some', territories: []`): scoping by the
   * principal would find nothing. A partner works across territories, so the query names every
   * territory explicitly (the tenant guard still sees the key) and is bounded by the partner id
   * instead, and by consent: what the person did not agree to share, the partner never sees.
   */
  async findForPartner(partnerId: string, id: string): Promise<Referral | null> {
    return this.findOne(allTerritories, { _id: id, ...partnerFilter(partnerId) });
  }

  /** `extra` narrows the scope further (a reach's filter: a person's own referrals). */
  async list(scope: TenantScope, q: ReferralListQuery, extra: Filter<Referral> = {}): Promise<{ items: Referral[]; total: number }> {
    return this.findPage(scope, queryFilter(q), pageOf(q), extra);
  }

  /** See findForPartner for why this spans all territories. */
  async listForPartner(partnerId: string, q: ReferralListQuery): Promise<{ items: Referral[]; total: number }> {
    return this.findPage(allTerritories, { ...queryFilter(q), ...partnerFilter(partnerId) }, pageOf(q));
  }

  async ofCandidate(territoryId: string, candidateId: string): Promise<Referral[]> {
    return this.findMany(territory(territoryId), { candidateId }, { createdAt: 1 });
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
    return this.compareAndSet(scope, id, { revision: expectedRevision, erasedAt: null }, update);
  }
}

const pageOf = (q: ReferralListQuery): Paging => pagingOf(q, { createdAt: -1 });

const partnerFilter = (partnerId: string) => ({ partnerId, sharedWithPartner: true, erasedAt: { $exists: false } });

const queryFilter = (q: ReferralListQuery) => ({
  ...idsFilter(q.id),
  ...(q.direction ? { direction: q.direction } : {}),
  ...(q.status ? { status: q.status } : {}),
  ...(q.candidateId ? { candidateId: q.candidateId } : {}),
});
