import type { FilterQuery, Query, Schema } from 'mongoose';
import { AppError } from '@binome/errors';

/**
 * The territories a data access may touch. Repositories take one on every call, so a route that
 * forgets tenancy does not compile; the schema plugin below refuses, at run time, any query that
 * reaches the database without a territory filter.
 */
export type TenantScope = { kind: 'all' } | { kind: 'some'; territories: readonly string[] };

export const allTerritories: TenantScope = { kind: 'all' };
export const territory = (territoryId: string): TenantScope => ({ kind: 'some', territories: [territoryId] });

/** The filter that restricts a query to the scope. `all` still names the key, explicitly. */
export function tenantFilter(scope: TenantScope): { territoryId: unknown } {
  return scope.kind === 'all' ? { territoryId: { $exists: true } } : { territoryId: { $in: [...scope.territories] } };
}

/** `filter` restricted to `scope`; a filter on another territory yields nothing, never a leak. */
export function scoped<T>(scope: TenantScope, filter: FilterQuery<T> = {}): FilterQuery<T> {
  return { $and: [tenantFilter(scope), filter] } as FilterQuery<T>;
}

export class TenantGuardError extends AppError {
  constructor(operation: string, model: string) {
    super('internal', `Tenant guard: ${operation} on ${model} without a territoryId filter`);
  }
}

const QUERY_OPS = [
  'find',
  'findOne',
  'countDocuments',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'replaceOne',
  'distinct',
] as const;

function mentionsTerritory(filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return false;
  const f = filter as Record<string, unknown>;
  if ('territoryId' in f) return true;
  // {$and: [...]} passes when any conjunct restricts the territory; $or needs every branch to.
  if (Array.isArray(f.$and) && f.$and.some(mentionsTerritory)) return true;
  if (Array.isArray(f.$or) && f.$or.length > 0 && f.$or.every(mentionsTerritory)) return true;
  return false;
}

/**
 * Mongoose plugin: every query and aggregation on the schema must filter on `territoryId`, and
 * every saved document must carry one. System processes that legitimately span territories (the
 * outbox relay, erasure) opt out per query with `.setOptions({ crossTenant: true })`.
 */
export function tenantGuard(schema: Schema): void {
  if (!schema.path('territoryId')) schema.add({ territoryId: { type: String, required: true, index: true } });
  // The key of every document within its territory. Redundant on MongoDB (`_id` is unique alone),
  // but the embedded engine (mongo-java-server) serves a filter from an index only when its fields
  // are exactly an index's, and uses no non-unique one: with this index, `{territoryId, _id}` (a
  // scoped read or write of one document, as compareAndSet and the projections' upserts send) is a
  // lookup instead of a scan of the collection (libs/persistence/bench/by-id.bench.ts).
  schema.index({ territoryId: 1, _id: 1 }, { unique: true, name: 'territory_id' });
  for (const op of QUERY_OPS) {
    schema.pre(op, function (this: Query<unknown, unknown>) {
      if (this.getOptions().crossTenant === true) return;
      if (!mentionsTerritory(this.getFilter())) throw new TenantGuardError(op, this.model.modelName);
    });
  }
  schema.pre('aggregate', function () {
    if ((this.options as { crossTenant?: boolean }).crossTenant === true) return;
    const first = this.pipeline()[0] as { $match?: unknown } | undefined;
    if (!first?.$match || !mentionsTerritory(first.$match)) throw new TenantGuardError('aggregate', 'pipeline');
  });
  schema.pre('validate', function () {
    if (!this.get('territoryId')) this.invalidate('territoryId', 'territoryId is required');
  });
}
