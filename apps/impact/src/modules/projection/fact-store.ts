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
  /**
   * Facts by kind, territory, then id: two lookups by the strings the event carries (whose hash
   * V8 keeps on the string), rather than a key concatenated and hashed anew on every read and write.
   */
  private readonly facts = new Map<FactKind, Map<string, Map<string, AnyFact>>>(FACT_KINDS.map((k) => [k, new Map()]));
  readonly erased = new Map<string, ErasedPerson>();
  /**
   * The erased people by territory and their own id (every erasure a replay sees names it):
   * whether a fact names an erased person is then a lookup, not a SHA-256 of every person field
   * of every write (the larger part of a replay's projecting time went there).
   */
  private readonly erasedIds = new Map<string, Set<string>>();

  private territory(kind: FactKind, territoryId: string): Map<string, AnyFact> {
    const byTerritory = this.facts.get(kind) as Map<string, Map<string, AnyFact>>;
    let facts = byTerritory.get(territoryId);
    if (!facts) byTerritory.set(territoryId, (facts = new Map()));
    return facts;
  }

  async get<K extends FactKind>(kind: K, territoryId: string, id: string): Promise<Facts[K] | undefined> {
    return this.getNow(kind, territoryId, id);
  }

  async put<K extends FactKind>(kind: K, doc: Facts[K]): Promise<void> {
    this.putNow(kind, doc);
  }

  async erase(territoryId: string, personId: string, at: Date): Promise<void> {
    this.eraseNow(territoryId, personId, at);
  }

  // The same, synchronous: a replay projects a whole batch without awaiting once per event.
  getNow<K extends FactKind>(kind: K, territoryId: string, id: string): Facts[K] | undefined {
    return this.facts.get(kind)?.get(territoryId)?.get(id) as Facts[K] | undefined;
  }

  putNow(kind: FactKind, doc: AnyFact): void {
    const erased = this.erasedIds.get(doc.territoryId);
    const stored = erased ? anonymised(kind, doc, (id) => erased.has(id)) : doc;
    const facts = this.territory(kind, doc.territoryId);
    // An erasure rewrites an application's id (it is the person's): the fact moves to its new key.
    if (stored._id !== doc._id) facts.delete(doc._id);
    facts.set(stored._id, stored);
  }

  eraseNow(territoryId: string, personId: string, at: Date): void {
    const key = erasedKey(personId);
    const k = `${territoryId}\u0000${key}`;
    if (!this.erased.has(k)) this.erased.set(k, { _id: key, territoryId, erasedAt: at });
    let erased = this.erasedIds.get(territoryId);
    if (!erased) this.erasedIds.set(territoryId, (erased = new Set()));
    erased.add(personId);
    for (const kind of FACT_KINDS) {
      const holding = [...this.territory(kind, territoryId).values()].filter((d) => personValues(kind, d).includes(personId));
      for (const d of holding) this.putNow(kind, d);
    }
  }

  /** Every fact of a kind, all territories. */
  all<K extends FactKind>(kind: K): Facts[K][] {
    const out: AnyFact[] = [];
    for (const facts of (this.facts.get(kind) as Map<string, Map<string, AnyFact>>).values()) for (const d of facts.values()) out.push(d);
    return out as Facts[K][];
  }

  /** Writes everything into a fresh projection database. */
  async flushInto(repos: FactRepositories): Promise<void> {
    for (const kind of FACT_KINDS) await (repos[kind] as unknown as { insertAll(d: AnyFact[]): Promise<void> }).insertAll(this.all(kind));
    await repos.erased.insertAll([...this.erased.values()]);
  }
}
