import type { Connection, Schema } from 'mongoose';
import { TenantRepository, type Conditions, type Paging, type TenantScope } from '@binome/persistence';

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
export class MultiTerritoryRepository<T extends MultiTerritoryDocument> extends TenantRepository<T> {
  constructor(connection: Connection, name: string, schema: Schema, label: string) {
    super(connection, name, schema, {
      duplicate: (doc) => `A ${label} with id "${doc._id}" already exists (it may serve another territory: HQ can attach yours)`,
    });
  }

  async list(scope: TenantScope, filter: Conditions, paging: Paging, extra: Conditions = {}) {
    return this.findPage(scope, filter, paging, extra);
  }

  /**
   * Sets fields, only if the document is in the scope and its territories are still `expectedTerritories`
   * (compare-and-set: a concurrent re-attachment is not silently overwritten). Returns false when it
   * was not found or changed meanwhile. (No re-read: a manager who detaches their own territory can
   * no longer read the document.)
   */
  async update(
    scope: TenantScope,
    id: string,
    expectedTerritories: readonly string[],
    set: Partial<T>,
    extra: Conditions = {},
  ): Promise<boolean> {
    return this.compareAndSet(scope, id, { $and: [extra, { territoryId: [...expectedTerritories] }] }, { $set: set });
  }
}
