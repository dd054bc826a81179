// Reads by id and compare-and-sets through TenantRepository on the project's database engine,
// against the forms they replaced. The embedded engine (mongo-java-server) serves only a filter of exactly `{_id}` from an
// index: the old `findOne({$and: [territory, {$and: [reach, {_id}]}]})` scanned the collection on
// every read by id, the new one fetches by `_id` and checks the same scoped filter in process; a
// compare-and-set in one territory that expects nothing more is `{territoryId, _id}`, which the
// `territory_id` unique index of every tenant schema serves (one that expects a field still scans).
//
//   npx tsx libs/persistence/bench/by-id.bench.ts [--docs 20000] [--reads 400] [--concurrency 8]
//
// It fills a fresh database (its own, dropped at the end) with `--docs` documents over 6
// territories, then reads `--reads` random ids with a territory scope, one way then the other, at
// `--concurrency` reads in flight, and prints p50/p95/p99 and reads per second for each.
import { mongo, Schema, type Connection } from 'mongoose';
import { z } from 'zod';
import { loadEnv } from '@binome/config';
import { connectMongo, ensureIndexes, scoped, tenantGuard, territory, TenantRepository, type TenantScope } from '../src';

interface Doc {
  _id: string;
  territoryId: string;
  status: string;
  n: number;
  payload: string;
}

const DocSchema = new Schema({ _id: String, territoryId: String, status: String, n: Number, payload: String }, { versionKey: false });
DocSchema.index({ territoryId: 1, status: 1 });
DocSchema.plugin(tenantGuard);

class Docs extends TenantRepository<Doc> {
  constructor(connection: Connection) {
    super(connection, 'BenchDoc', DocSchema);
  }
  /** A compare-and-set as it was written before: the scope, `expected` and the id nested in `$and`. */
  async compareAndSetNested(scope: TenantScope, id: string, expected: Record<string, unknown>): Promise<boolean> {
    const res = await this.model.updateOne(scoped(scope, { $and: [expected, { _id: id }] }), { $inc: { n: 1 } });
    return res.matchedCount === 1;
  }
  /** The read by id as it was written before: one query, the territory and the id in one filter. */
  async findByIdScanning(scope: TenantScope, id: string): Promise<Doc | null> {
    return this.model.findOne(scoped(scope, { $and: [{}, { _id: id }] })).lean<Doc>();
  }
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(label: string, ids: string[], concurrency: number, read: (id: string) => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  let missing = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ids.length) {
        const id = ids[next++];
        const start = performance.now();
        if (!(await read(id))) missing++;
        times.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(34)} p50 ${f(percentile(times, 50)).padStart(9)}  p95 ${f(percentile(times, 95)).padStart(9)}  p99 ${f(percentile(times, 99)).padStart(9)}  ${(ids.length / seconds).toFixed(0).padStart(6)} reads/s  missing ${missing}`,
  );
  if (missing) throw new Error(`${label}: ${missing} ids not found`);
}

async function main() {
  const docs = option('docs', 20_000);
  const reads = option('reads', 400);
  const concurrency = option('concurrency', 8);
  const { MONGO_URL: url } = loadEnv({ MONGO_URL: z.string().default('mongodb://127.0.0.1:27027') });
  const connection = await connectMongo(url, `bench_by_id_${Date.now().toString(36)}`);
  try {
    const repo = new Docs(connection);
    await ensureIndexes(connection);
    const territories = ['paris', 'rennes', 'tours', 'lyon', 'lille', 'marseille'];
    const all: Doc[] = Array.from({ length: docs }, (_, i) => ({
      _id: `doc-${i.toString().padStart(6, '0')}`,
      territoryId: territories[i % territories.length],
      status: i % 3 ? 'active' : 'closed',
      n: i,
      payload: 'x'.repeat(400),
    }));
    for (let i = 0; i < all.length; i += 1000)
      await repo.collection.insertMany(all.slice(i, i + 1000) as unknown as mongo.OptionalId<mongo.Document>[]);
    const sample = Array.from({ length: reads }, () => all[Math.floor(Math.random() * all.length)]);
    const ids = sample.map((d) => d._id);
    const scopes = new Map(sample.map((d) => [d._id, territory(d.territoryId)]));
    const scopeOf = (id: string) => scopes.get(id) ?? territory('nowhere');
    console.log(`reads by id on ${url}: ${docs} documents in 6 territories, ${reads} reads, ${concurrency} in flight`);
    await measure('findById (by _id, scope in process)', ids, concurrency, (id) => repo.findById(scopeOf(id), id));
    await measure('before: one scoped filter (scans)', ids, concurrency, (id) => repo.findByIdScanning(scopeOf(id), id));
    const cas = (expected: Record<string, unknown>) => async (id: string) =>
      (await repo.compareAndSet(scopeOf(id), id, expected, { $inc: { n: 1 } })) || null;
    const casBefore = (expected: Record<string, unknown>) => async (id: string) =>
      (await repo.compareAndSetNested(scopeOf(id), id, expected)) || null;
    await measure('compareAndSet, nothing expected', ids, concurrency, cas({}));
    await measure('before: nested filter (scans)', ids, concurrency, casBefore({}));
    await measure('compareAndSet, a field expected', ids, concurrency, cas({ payload: { $exists: true } }));
    // Both decide the same: a read from another territory finds nothing.
    const foreign = await repo.findById(territory('nowhere'), ids[0]);
    if (foreign) throw new Error('a read from another territory found a document');
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
