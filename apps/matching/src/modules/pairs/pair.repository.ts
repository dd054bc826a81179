import type { Connection, FilterQuery, Model, UpdateQuery } from 'mongoose';
import { scoped, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import type { Paging } from '@binome/http-server';
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

export class PairRepository {
  readonly model: Model<Pair>;

  constructor(connection: Connection) {
    this.model = connection.models.Pair ?? connection.model<Pair>('Pair', PairSchema);
  }

  private filter(scope: TenantScope, q: PairQuery, extra: FilterQuery<Pair> = {}) {
    return scoped<Pair>(scope, {
      $and: [extra],
      ...(q.ids?.length ? { _id: { $in: [...q.ids] } } : {}),
      ...(q.promotionId ? { promotionId: q.promotionId } : {}),
      status: { $in: [...(q.statuses?.length ? q.statuses : VISIBLE_STATUSES)] },
      ...(q.beneficiaryId ? { beneficiaryId: q.beneficiaryId } : {}),
      ...(q.volunteerId ? { volunteerId: q.volunteerId } : {}),
      ...(q.konnecteurId ? { konnecteurId: q.konnecteurId } : {}),
    });
  }

  async insert(pair: Pair, events: OutboxEntry[]): Promise<void> {
    await this.model.create({ ...pair, _outbox: events });
  }

  /** `extra` narrows the scope further (a participant's own-pairs reach). */
  async findById(scope: TenantScope, id: string, extra: FilterQuery<Pair> = {}): Promise<Pair | null> {
    return this.model.findOne(scoped<Pair>(scope, { $and: [extra, { _id: id }] })).lean<Pair>();
  }

  async list(scope: TenantScope, q: PairQuery, paging: Paging, extra: FilterQuery<Pair> = {}): Promise<{ items: Pair[]; total: number }> {
    const filter = this.filter(scope, q, extra);
    const [items, total] = await Promise.all([
      this.model.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<Pair[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }

  /** Every pair of a promotion in every status (a cohort is a few dozen pairs). */
  async ofPromotion(scope: TenantScope, promotionId: string, q: Omit<PairQuery, 'promotionId'> = { statuses: PAIR_STATUSES }): Promise<Pair[]> {
    return this.model.find(this.filter(scope, { ...q, promotionId })).sort({ createdAt: 1, _id: 1 }).lean<Pair[]>();
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
    set: UpdateQuery<Pair>['$set'] = {},
    expect: Partial<Pick<Pair, 'volunteerId'>> = {},
  ): Promise<boolean> {
    const now = new Date();
    const res = await this.model.updateOne(scoped<Pair>(scope, { _id: id, status: from, ...expect }), {
      $set: { ...set, status: to, updatedAt: now },
      $push: { history: { status: to, at: now, by }, _outbox: { $each: events } },
    });
    return res.modifiedCount === 1;
  }

  /** Updates fields of a pair in a given status, with events, without changing its status. */
  async update(scope: TenantScope, id: string, status: PairStatus | readonly PairStatus[], set: UpdateQuery<Pair>['$set'], events: OutboxEntry[], expect: Partial<Pick<Pair, 'volunteerId' | 'konnecteurId'>> = {}): Promise<boolean> {
    const res = await this.model.updateOne(
      scoped<Pair>(scope, { _id: id, status: typeof status === 'string' ? status : { $in: [...status] }, ...expect }),
      { $set: { ...set, updatedAt: new Date() }, ...(events.length ? { $push: { _outbox: { $each: events } } } : {}) },
    );
    return res.modifiedCount === 1;
  }
}
