import type { Connection } from 'mongoose';
import { TenantRepository, type Filter, type Paging, type TenantScope, type Update } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import { PAIR_STATUSES, type Pair, type PairStatus } from './pair.entity';
import { PairSchema } from './pair.schema';

export interface PairQuery {
  /** react-admin's getMany. */
  ids?: readonly string[];
  promotionId?: string;
  statuses?: readonly PairStatus[];
  beneficiaryId?: string;
  volunteerId?: string;
  konnecteurId?: string;
}

/** Every status but withdrawn: what staff mean by "the pairs" of a promotion. */
export const VISIBLE_STATUSES = PAIR_STATUSES.filter((s) => s !== 'withdrawn');

export class PairRepository extends TenantRepository<Pair> {
  constructor(connection: Connection) {
    super(connection, 'Pair', PairSchema);
  }

  private queryFilter(q: PairQuery): Filter<Pair> {
    return {
      ...(q.ids?.length ? { _id: { $in: [...q.ids] } } : {}),
      ...(q.promotionId ? { promotionId: q.promotionId } : {}),
      status: { $in: [...(q.statuses?.length ? q.statuses : VISIBLE_STATUSES)] },
      ...(q.beneficiaryId ? { beneficiaryId: q.beneficiaryId } : {}),
      ...(q.volunteerId ? { volunteerId: q.volunteerId } : {}),
      ...(q.konnecteurId ? { konnecteurId: q.konnecteurId } : {}),
    };
  }

  /** `extra` narrows the scope further (a participant's own-pairs reach). */
  async list(scope: TenantScope, q: PairQuery, paging: Paging, extra: Filter<Pair> = {}): Promise<{ items: Pair[]; total: number }> {
    return this.findPage(scope, this.queryFilter(q), paging, extra);
  }

  /** Every pair of a promotion in every status (a cohort is a few dozen pairs). */
  async ofPromotion(
    scope: TenantScope,
    promotionId: string,
    q: Omit<PairQuery, 'promotionId'> = { statuses: PAIR_STATUSES },
  ): Promise<Pair[]> {
    return this.findMany(scope, this.queryFilter({ ...q, promotionId }), { createdAt: 1 });
  }

  /**
   * Changes the pair only if it is still in `from` (compare-and-set), recording the step in its
   * history and the event in its outbox in the same single-document write.
   */
  async transition(
    scope: TenantScope,
    id: string,
    from: PairStatus,
    to: PairStatus,
    by: string,
    events: OutboxEntry[],
    set: Update<Pair>['$set'] = {},
    expect: Partial<Pick<Pair, 'volunteerId'>> = {},
  ): Promise<boolean> {
    const now = new Date();
    return this.compareAndSet(
      scope,
      id,
      { status: from, ...expect },
      { $set: { ...set, status: to, updatedAt: now }, $push: { history: { status: to, at: now, by } } },
      events,
    );
  }

  /** Updates fields of a pair in a given status, with events, without changing its status. */
  async update(
    scope: TenantScope,
    id: string,
    status: PairStatus | readonly PairStatus[],
    set: Update<Pair>['$set'],
    events: OutboxEntry[],
    expect: Partial<Pick<Pair, 'volunteerId' | 'konnecteurId'>> = {},
  ): Promise<boolean> {
    return this.compareAndSet(
      scope,
      id,
      { status: typeof status === 'string' ? status : { $in: [...status] }, ...expect },
      { $set: { ...set, updatedAt: new Date() } },
      events,
    );
  }
}
