import type { Schema } from 'mongoose';

const READS = ['find', 'findOne', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete'] as const;

/**
 * Fills what older documents lack on every read of the collection, lean or not, so that a
 * document written before a shape change (or by a store that dropped empty arrays) reads like a
 * new one everywhere — repositories, list helpers, gRPC — without a migration. A start-up
 * migration would race between instances (no transactions) and miss documents an older instance
 * writes during a rolling deploy; defaults on read are always right and cost nothing.
 */
export function readDefaults<T>(schema: Schema<T>, fill: (doc: Partial<T>) => unknown): void {
  const apply = (doc: unknown) => {
    if (doc !== null && typeof doc === 'object') fill(doc as Partial<T>);
  };
  for (const op of READS) {
    schema.post(op, function (result: unknown) {
      if (Array.isArray(result)) result.forEach(apply);
      else apply(result);
    });
  }
}
