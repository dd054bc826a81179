import type { Connection, FilterQuery, Model } from 'mongoose';
import { mongo } from 'mongoose';
import { conflict } from '@binome/errors';
import { idsFilter, pagingOf, prefixSearch, type PagingInput } from '@binome/http-server';
import { scoped, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import type { Promotion, PromotionStatus } from './promotion.entity';
import { PromotionSchema } from './promotion.schema';

export class PromotionRepository {
  readonly model: Model<Promotion>;

  constructor(connection: Connection) {
    this.model = connection.models.Promotion ?? connection.model<Promotion>('Promotion', PromotionSchema);
  }

  async create(promotion: Promotion, events: OutboxEntry[]): Promise<void> {
    try {
      await this.model.create({ ...promotion, _outbox: events });
    } catch (e) {
      if (e instanceof mongo.MongoServerError && e.code === 11000) throw conflict(`A promotion named "${promotion.name}" already exists in this territory`);
      throw e;
    }
  }

  /** `extra` narrows the scope further (a reach's filter: the promotions a person or company takes part in). */
  async findById(scope: TenantScope, id: string, extra: FilterQuery<Promotion> = {}): Promise<Promotion | null> {
    return this.model.findOne(scoped<Promotion>(scope, { $and: [extra, { _id: id }] })).lean<Promotion>();
  }

  async list(scope: TenantScope, q: PagingInput & { territoryId?: string; status?: PromotionStatus; id?: readonly string[]; q?: string }, extra: FilterQuery<Promotion> = {}) {
    const filter = scoped<Promotion>(scope, {
      ...(q.territoryId ? { territoryId: q.territoryId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...idsFilter(q.id),
      ...prefixSearch(q.q, ['name']),
      $and: [extra],
    });
    const paging = pagingOf(q, { startsOn: -1 });
    const [items, total] = await Promise.all([
      this.model.find(filter).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<Promotion[]>(),
      this.model.countDocuments(filter),
    ]);
    return { items, total };
  }

  /**
   * Moves the promotion from `from` to `to` and records the event, only if it is still in `from`
   * (compare-and-set: two staff clicking at once cannot both win). Returns false when it was not.
   */
  async transition(scope: TenantScope, id: string, from: PromotionStatus, to: PromotionStatus, by: string, event: OutboxEntry): Promise<boolean> {
    const res = await this.model.updateOne(scoped<Promotion>(scope, { _id: id, status: from }), {
      $set: { status: to },
      $push: { history: { status: to, at: new Date(), by }, _outbox: event },
    });
    return res.modifiedCount === 1;
  }

  /**
   * Reserves a seat for the candidate if one is free, atomically: the update matches only while
   * the seats array has fewer than `capacity` entries (or already holds the candidate, so a retried
   * admission is idempotent). Returns false when the promotion is full.
   */
  async reserveSeat(territoryId: string, promotionId: string, capacity: number, candidateId: string): Promise<boolean> {
    const res = await this.model.updateOne(
      { _id: promotionId, territoryId, $or: [{ seats: candidateId }, { [`seats.${capacity - 1}`]: { $exists: false } }] },
      { $addToSet: { seats: candidateId } },
    );
    return res.matchedCount === 1;
  }

  async releaseSeat(territoryId: string, promotionId: string, candidateId: string): Promise<void> {
    await this.model.updateOne({ _id: promotionId, territoryId }, { $pullAll: { seats: [candidateId] } });
  }
}
