import type { FilterQuery, Model } from 'mongoose';
import { mongo } from 'mongoose';
import { conflict } from '@binome/errors';
import { scoped, type TenantScope } from '@binome/persistence';
import type { Paging } from '@binome/http-server';

interface MultiTerritoryDocument {
  _id: string;
  territoryId: string[];
}

/**
 * Documents that span several territories (`territoryId` is an array). `scoped()` is used
 * unchanged: `{territoryId: {$in: scope}}` matches a document when ANY of its territories is in the
 * scope, so a Rennes manager sees a company that serves Paris and Rennes, and never one that serves
 * Paris only.
 */
export class MultiTerritoryRepository<T extends MultiTerritoryDocument> {
  constructor(
    readonly model: Model<T>,
    private readonly label: string,
  ) {}

  async create(doc: T): Promise<void> {
    try {
      await this.model.create(doc);
    } catch (e) {
      if (e instanceof mongo.MongoServerError && e.code === 11000) {
        throw conflict(`A ${this.label} with id "${doc._id}" already exists (it may serve another territory: HQ can attach yours)`);
      }
      throw e;
    }
  }

  /** `extra` narrows the scope further (a reach's filter: a partner's own record…). */
  async findById(scope: TenantScope, id: string, extra: FilterQuery<T> = {}): Promise<T | null> {
    // `$and`: a reach that names `_id` itself (a partner's own record) must not be overridden by, nor override, the id asked.
    return this.model.findOne(scoped<T>(scope, { $and: [extra, { _id: id }] } as FilterQuery<T>)).lean<T>();
  }

  /** The ids among `ids` that exist in the scope. */
  async existingIds(scope: TenantScope, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await this.model.find(scoped<T>(scope, { _id: { $in: [...ids] } } as FilterQuery<T>), { _id: 1 }).lean<{ _id: string }[]>();
    return new Set(found.map((d) => d._id));
  }

  async list(scope: TenantScope, filter: FilterQuery<T>, paging: Paging, extra: FilterQuery<T> = {}): Promise<{ items: T[]; total: number }> {
    const f = scoped<T>(scope, { $and: [filter, extra] } as FilterQuery<T>);
    const [items, total] = await Promise.all([
      this.model.find(f).sort(paging.sort).skip(paging.skip).limit(paging.limit).lean<T[]>(),
      this.model.countDocuments(f),
    ]);
    return { items, total };
  }

  /**
   * Sets fields, only if the document is in the scope and its territories are still `expectedTerritories`
   * (compare-and-set: a concurrent re-attachment is not silently overwritten). Returns false when it
   * was not found or changed meanwhile. (No re-read: a manager who detaches their own territory can
   * no longer read the document.)
   */
  async update(scope: TenantScope, id: string, expectedTerritories: readonly string[], set: Partial<T>, extra: FilterQuery<T> = {}): Promise<boolean> {
    const res = await this.model.updateOne(scoped<T>(scope, { $and: [extra, { _id: id, territoryId: [...expectedTerritories] }] } as FilterQuery<T>), {
      $set: set,
    });
    return res.matchedCount === 1;
  }
}
