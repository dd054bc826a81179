import { erasedKey } from './erased-key';
import { FACT_KINDS, PERSON_FIELDS, type ErasedPerson, type FactKind, type Facts } from './fact.entity';
import type { FactRepositories } from './fact.repository';

type AnyFact = Facts[FactKind];

/**
 * Where the projection writes: the live database (`MongoFactStore`) or memory during a replay
 * (`MemoryFactStore`, flushed into a fresh database). The same projection code drives both, so a
 * replay can only differ from the live projection by the events it read.
 */
export interface FactStore {
  get<K extends FactKind>(kind: K, territoryId: string, id: string): Promise<Facts[K] | undefined>;
  put<K extends FactKind>(kind: K, doc: Facts[K]): Promise<void>;
  /** Records the erasure and replaces the person's id by their erased key in every fact. */
  erase(territoryId: string, personId: string, at: Date): Promise<void>;
}

/** The fact with every person field holding an erased person's id replaced by the key. */
export function anonymised<K extends FactKind>(kind: K, doc: Facts[K], isErased: (id: string) => boolean): Facts[K] {
  let out = doc;
  for (const field of PERSON_FIELDS[kind]) {
    const value = (out as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' && !value.startsWith('erased-') && isErased(value)) out = { ...out, [field]: erasedKey(value) };
  }
  return out;
}

const personValues = (kind: FactKind, doc: AnyFact): string[] =>
  PERSON_FIELDS[kind].map((f) => (doc as unknown as Record<string, unknown>)[f]).filter((v): v is string => typeof v === 'string');

export class MongoFactStore implements FactStore {
  constructor(private readonly repos: FactRepositories) {}

  get<K extends FactKind>(kind: K, territoryId: string, id: string): Promise<Facts[K] | undefined> {
    return this.repos[kind].get(territoryId, id) as Promise<Facts[K] | undefined>;
  }

  async put<K extends FactKind>(kind: K, doc: Facts[K]): Promise<void> {
    const people = personValues(kind, doc);
    const erased = new Set<string>();
    for (const id of people) if (await this.repos.erased.has(doc.territoryId, erasedKey(id))) erased.add(id);
    const stored = anonymised(kind, doc, (id) => erased.has(id));
    if (stored._id !== doc._id) await this.repos[kind].remove(doc.territoryId, doc._id);
    await (this.repos[kind] as unknown as { put(d: AnyFact): Promise<void> }).put(stored);
  }

  async erase(territoryId: string, personId: string, at: Date): Promise<void> {
    await this.repos.erased.add(territoryId, erasedKey(personId), at);
    for (const kind of FACT_KINDS)
      for (const field of PERSON_FIELDS[kind])
        for (const doc of await this.repos[kind].holding(territoryId, field, personId)) await this.put(kind, doc as Facts[typeof kind]);
  }
}

/** A whole projection in memory: a replay builds it from the topics, then writes it at once. */
export class MemoryFactStore implements FactStore {
  readonly facts = new Map<FactKind, Map<string, AnyFact>>(FACT_KINDS.map((k) => [k, new Map()]));
  readonly erased = new Map<string, ErasedPerson>();
  /**
   * The erased people by their own id (every erasure a replay sees names it): whether a fact
   * names an erased person is then a lookup, not a SHA-256 of every person field of every write
   * (the larger part of a replay's projecting time went there).
   */
  private readonly erasedIds = new Set<string>();

  private key = (territoryId: string, id: string) => `${territoryId}\u0000${id}`;

  async get<K extends FactKind>(kind: K, territoryId: string, id: string): Promise<Facts[K] | undefined> {
    return this.facts.get(kind)?.get(this.key(territoryId, id)) as Facts[K] | undefined;
  }

  async put<K extends FactKind>(kind: K, doc: Facts[K]): Promise<void> {
    const stored = this.erasedIds.size ? anonymised(kind, doc, (id) => this.erasedIds.has(this.key(doc.territoryId, id))) : doc;
    const map = this.facts.get(kind) as Map<string, AnyFact>;
    map.delete(this.key(doc.territoryId, doc._id));
    map.set(this.key(stored.territoryId, stored._id), stored);
  }

  async erase(territoryId: string, personId: string, at: Date): Promise<void> {
    const k = this.key(territoryId, erasedKey(personId));
    if (!this.erased.has(k)) this.erased.set(k, { _id: erasedKey(personId), territoryId, erasedAt: at });
    this.erasedIds.add(this.key(territoryId, personId));
    for (const kind of FACT_KINDS) {
      const holding = [...(this.facts.get(kind)?.values() ?? [])].filter(
        (d) => d.territoryId === territoryId && personValues(kind, d).includes(personId),
      );
      for (const d of holding) await this.put(kind, d as Facts[typeof kind]);
    }
  }

  /** Writes everything into a fresh projection database. */
  async flushInto(repos: FactRepositories): Promise<void> {
    for (const kind of FACT_KINDS)
      await (repos[kind] as unknown as { insertAll(d: AnyFact[]): Promise<void> }).insertAll([...(this.facts.get(kind)?.values() ?? [])]);
    await repos.erased.insertAll([...this.erased.values()]);
  }
}
