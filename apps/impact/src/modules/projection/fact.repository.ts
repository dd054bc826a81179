import type { Connection } from 'mongoose';
import { TenantRepository, territory, type TenantScope } from '@binome/persistence';
import type { ErasedPerson, FactKind, Facts } from './fact.entity';
import { ErasedPersonSchema, factSchema } from './fact.schema';

type Doc = { _id: string; territoryId: string };

/** One collection of facts; the projection replaces whole documents. */
export class FactRepository<T extends Doc> extends TenantRepository<T> {
  constructor(connection: Connection, kind: FactKind) {
    super(connection, `Fact_${kind}`, factSchema(kind));
  }

  async get(territoryId: string, id: string): Promise<T | undefined> {
    return (await this.findById(territory(territoryId), id)) ?? undefined;
  }

  /** Idempotent: the same fact written twice is one document. */
  async put(doc: T): Promise<void> {
    await this.model.replaceOne({ _id: doc._id, territoryId: doc.territoryId }, doc, { upsert: true });
  }

  async remove(territoryId: string, id: string): Promise<void> {
    await this.model.deleteOne({ _id: id, territoryId });
  }

  /** Facts of the scope holding `value` in `field` (a person's id), for their erasure. */
  async holding(territoryId: string, field: string, value: string): Promise<T[]> {
    return this.findMany(territory(territoryId), { [field]: value });
  }

  async everything(scope: TenantScope, filter: Record<string, unknown> = {}): Promise<T[]> {
    return this.findMany(scope, filter);
  }

  /** A fresh projection is written in bulk (replay). */
  async insertAll(docs: readonly T[]): Promise<void> {
    for (let i = 0; i < docs.length; i += 1000) await this.model.insertMany(docs.slice(i, i + 1000), { ordered: false, lean: true });
  }
}

export class ErasedPeopleRepository extends TenantRepository<ErasedPerson> {
  constructor(connection: Connection) {
    super(connection, 'ErasedPerson', ErasedPersonSchema);
  }

  async add(territoryId: string, key: string, at: Date): Promise<void> {
    await this.insertIfAbsent({ _id: key, territoryId, erasedAt: at });
  }

  async has(territoryId: string, key: string): Promise<boolean> {
    return (await this.findById(territory(territoryId), key)) !== null;
  }

  async everything(scope: TenantScope): Promise<ErasedPerson[]> {
    return this.findMany(scope, {});
  }

  async insertAll(docs: readonly ErasedPerson[]): Promise<void> {
    if (docs.length) await this.model.insertMany(docs, { ordered: false, lean: true });
  }
}

export type FactRepositories = { [K in FactKind]: FactRepository<Facts[K]> } & { erased: ErasedPeopleRepository };

export function factRepositories(connection: Connection): FactRepositories {
  return {
    applications: new FactRepository(connection, 'applications'),
    pairs: new FactRepository(connection, 'pairs'),
    meetings: new FactRepository(connection, 'meetings'),
    volunteers: new FactRepository(connection, 'volunteers'),
    surveys: new FactRepository(connection, 'surveys'),
    outcomes: new FactRepository(connection, 'outcomes'),
    attendance: new FactRepository(connection, 'attendance'),
    erased: new ErasedPeopleRepository(connection),
  };
}
