import type { Connection } from 'mongoose';
import { idsFilter, pagingOf, prefixSearch, type PagingInput } from '@binome/http-server';
import { TenantRepository, type Filter, type TenantScope } from '@binome/persistence';
import type { OutboxEntry } from '@binome/outbox';
import type { Promotion, PromotionStatus } from './promotion.entity';
import { PromotionSchema } from './promotion.schema';

export class PromotionRepository extends TenantRepository<Promotion> {
  constructor(connection: Connection) {
    super(connection, 'Promotion', PromotionSchema, { duplicate: (p) => `A promotion named "${p.name}" already exists in this territory` });
  }

  /** `extra` narrows the scope further (a reach's filter: the promotions a person or company takes part in). */
  async list(
    scope: TenantScope,
    q: PagingInput & { territoryId?: string; status?: PromotionStatus; id?: readonly string[]; q?: string },
    extra: Filter<Promotion> = {},
  ) {
    const filter: Filter<Promotion> = {
      ...(q.territoryId ? { territoryId: q.territoryId } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...idsFilter(q.id),
      ...prefixSearch(q.q, ['name']),
    };
    return this.findPage(scope, filter, pagingOf(q, { startsOn: -1 }), extra);
  }

  /**
   * Moves the promotion from `from` to `to` and records the event, only if it is still in `from`
   * (compare-and-set: two staff clicking at once cannot both win). Returns false when it was not.
   */
  async transition(
    scope: TenantScope,
    id: string,
    from: PromotionStatus,
    to: PromotionStatus,
    by: string,
    event: OutboxEntry,
  ): Promise<boolean> {
    return this.compareAndSet(
      scope,
      id,
      { status: from },
      { $set: { status: to }, $push: { history: { status: to, at: new Date(), by } } },
      [event],
    );
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
