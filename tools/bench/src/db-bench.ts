// The platform's read latencies and idle CPU on each MongoDB-protocol engine (tools/infra/README.md).
//
// For the engine at MONGO_URL (the default infrastructure, BINOME_DB_ENGINE) and for each other
// engine, which it starts itself in its own home and port (.infra/bench/<engine>), it runs
// recruitment, matching, impact and the gateway as processes against the real Kafka and Keycloak,
// seeds Rennes (22 applications, and 8 in Tours), then measures with autocannon, with a Rennes
// manager's token, `GET /v1/candidates?perPage=25` and `GET /v1/territories/rennes/application-count`
// at 1 and 10 connections (p50, p99), and the CPU the idle services and the engine use over 20 s.
//
//   npx tsx tools/bench/src/db-bench.ts [--engines default,ferretdb-sqlite,ferretdb-pg] [--duration 10] [--idle 20]
//     [--app-root <checkout>]  runs the services of another checkout (e.g. an older commit) on the same engines
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Kafka, logLevel } from 'kafkajs';
import { mongo } from 'mongoose';
import { idleCpu, treeCpuSeconds } from './proc-cpu';

const ROOT = resolve(__dirname, '../../..');
const ENGINES = ['mongo-java-server', 'ferretdb-pg', 'ferretdb-sqlite'] as const;
type Engine = (typeof ENGINES)[number];
const SERVICES = ['recruitment', 'matching', 'impact', 'gateway'] as const;
type Service = (typeof SERVICES)[number];
// Topics of the consumer groups, whose offsets are moved to the end before the services start, so
// that a bench measures the platform, not the backlog other runs left on the shared broker.
const GROUPS: Record<string, string> = {
  impact: 'binome.recruitment.v1',
  'recruitment-pairs': 'binome.matching.v1',
  'gateway-webhooks': 'binome.referrals.v1',
};

/** `--name value` or `--name=value` (as nx forwards them). */
function option(name: string, fallback: string): string {
  const joined = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (joined) return joined.slice(name.length + 3);
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const defaultEngine = (process.env.BINOME_DB_ENGINE ?? 'mongo-java-server') as Engine;
const defaultUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27027';
const defaultHome = process.env.BINOME_INFRA_HOME ?? join(ROOT, '.infra');
const appRoot = resolve(option('app-root', ROOT));
const durationS = Number(option('duration', '10'));
const idleS = Number(option('idle', '20'));
const keycloakUrl = (process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
const runId = Date.now().toString(36);
const logs = join(ROOT, '.infra', 'logs');
mkdirSync(logs, { recursive: true });

const log = (msg: string) => console.error(`[bench] ${msg}`);

// What an interrupted bench must not leave running: its services and the engines it started.
const children = new Set<ChildProcess>();
const startedHomes = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the services and the engines this bench started`);
    for (const c of children) c.kill('SIGTERM');
    for (const home of startedHomes) infra(home, 0, 'down');
    process.exit(130);
  });
}

interface Target {
  engine: Engine;
  label: string;
  url: string;
  /** FerretDB loses concurrent updates of one document: it is run as before, one connection. */
  poolSize: number;
  home: string;
  startedHere: boolean;
}

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  /** CPU milliseconds per request of the service that answers and of the database engine. */
  cpuMsPerRequest?: { service: number; db: number };
}

interface Result {
  label: string;
  poolSize: number;
  /** /healthz at 10 connections: what the machine gives an answer without database or token. */
  floor: Figures;
  reads: Record<string, Record<number, Figures>>;
  idleCpu: Record<string, number>;
  loadAverage: number;
}

const freePort = () =>
  new Promise<number>((ok, ko) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
    s.on('error', ko);
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function infra(home: string, port: number, ...args: string[]): void {
  const r = spawnSync('bash', [join(ROOT, 'tools/infra/infra.sh'), ...args], {
    env: { ...process.env, BINOME_INFRA_HOME: home, MONGO_PORT: String(port), BINOME_DB_ENGINE: args[1] ?? defaultEngine },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`infra.sh ${args.join(' ')} failed (home ${home})`);
}

/** Another engine in its own home and port; FerretDB's binary is copied from a home that built it. */
async function startEngine(engine: Engine): Promise<Target> {
  const home = join(ROOT, '.infra', 'bench', engine);
  const port = await freePort();
  mkdirSync(join(home, 'bin'), { recursive: true });
  for (const dir of [join(defaultHome, 'bin'), join(ROOT, '.infra', 'bin')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir))
      if (f.startsWith('ferretdb-') && !existsSync(join(home, 'bin', f))) copyFileSync(join(dir, f), join(home, 'bin', f));
  }
  log(`starting ${engine} on port ${port} in ${home}`);
  startedHomes.add(home);
  infra(home, port, 'reset');
  infra(home, port, 'up', engine);
  return {
    engine,
    label: engine,
    url: `mongodb://127.0.0.1:${port}`,
    poolSize: engine === 'mongo-java-server' ? 10 : 1,
    home,
    startedHere: true,
  };
}

function enginePids(target: Target): number[] {
  const names = target.engine === 'ferretdb-pg' ? ['ferretdb-pg', 'postgres'] : [target.engine];
  return names
    .map((n) => join(target.home, 'run', `${n}.pid`))
    .filter(existsSync)
    .map((f) => Number(readFileSync(f, 'utf8').trim()));
}

async function moveGroupsToEnd(prefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'binome-bench', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = new Set(await admin.listTopics());
    for (const [group, topic] of Object.entries(GROUPS)) {
      if (!topics.has(topic)) continue;
      // Explicit offsets: kafkajs' resetOffsets({earliest: false}) commits -1, which a consumer
      // subscribed fromBeginning reads as "no offset" and so starts from the beginning.
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({
        groupId: `${prefix}${group}`,
        topic,
        partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })),
      });
    }
  } finally {
    await admin.disconnect();
  }
}

interface Platform {
  ports: Record<Service, { http: number; grpc: number }>;
  processes: Record<Service, ChildProcess>;
  databases: string[];
}

async function startPlatform(target: Target): Promise<Platform> {
  const prefix = `bench-${runId}-${target.engine}.`;
  await moveGroupsToEnd(prefix);
  const ports = {} as Platform['ports'];
  for (const s of SERVICES) ports[s] = { http: await freePort(), grpc: s === 'gateway' ? 0 : await freePort() };
  const databases = SERVICES.map((s) => `bench_${s}_${runId}`);
  const processes = {} as Platform['processes'];
  for (const [i, s] of SERVICES.entries()) {
    const out = openSync(join(logs, `bench-${s}.log`), 'a');
    processes[s] = spawn(process.execPath, ['--import', 'tsx', `apps/${s}/src/main.ts`], {
      cwd: appRoot,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        HTTP_PORT: String(ports[s].http),
        GRPC_PORT: String(ports[s].grpc),
        MONGO_URL: target.url,
        MONGO_DB: databases[i],
        MONGO_MAX_POOL_SIZE: String(target.poolSize),
        KAFKA_GROUP_PREFIX: prefix,
        PEERS: `recruitment=127.0.0.1:${ports.recruitment.grpc},matching=127.0.0.1:${ports.matching.grpc},impact=127.0.0.1:${ports.impact.grpc}`,
        UPSTREAMS: `recruitment=http://127.0.0.1:${ports.recruitment.http},matching=http://127.0.0.1:${ports.matching.http},impact=http://127.0.0.1:${ports.impact.http}`,
      },
    });
    children.add(processes[s]);
    processes[s].once('exit', () => children.delete(processes[s]));
  }
  for (const s of SERVICES) {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (processes[s].exitCode !== null) throw new Error(`${s} exited during start-up: see ${join(logs, `bench-${s}.log`)}`);
      const ok = await fetch(`http://127.0.0.1:${ports[s].http}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`${s} not ready after 120 s: see ${join(logs, `bench-${s}.log`)}`);
      await sleep(500);
    }
  }
  return { ports, processes, databases };
}

async function stopPlatform(platform: Platform, target: Target): Promise<void> {
  await Promise.all(
    Object.values(platform.processes).map(
      (p) =>
        new Promise<void>((done) => {
          if (p.exitCode !== null) return done();
          p.once('exit', () => done());
          p.kill('SIGTERM');
          setTimeout(() => p.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
  const client = await new mongo.MongoClient(target.url, { retryWrites: false }).connect();
  for (const db of platform.databases)
    await client
      .db(db)
      .dropDatabase()
      .catch(() => undefined);
  await client.close();
}

async function managerToken(realm: string): Promise<string> {
  const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'binome-console',
      username: 'manager',
      password: 'manager-dev',
      scope: 'openid',
    }),
  });
  if (!res.ok) throw new Error(`Keycloak refused a token: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

const application = (territoryId: string, i: number) => ({
  territoryId,
  firstName: 'Bench',
  lastName: `Applicant ${i}`,
  email: `bench.${runId}.${territoryId}.${i}@example.org`,
  town: territoryId === 'rennes' ? 'Rennes' : 'Tours',
  protectionStatus: 'refugee',
  languages: [{ language: 'fa', level: 'native' }],
  frenchLevel: 'B1',
  channel: 'website',
  consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' },
});

async function seed(platform: Platform, token: string): Promise<void> {
  const api = `http://127.0.0.1:${platform.ports.recruitment.http}`;
  const people = [
    ...Array.from({ length: 22 }, (_, i) => application('rennes', i)),
    ...Array.from({ length: 8 }, (_, i) => application('tours', i)),
  ];
  for (let i = 0; i < people.length; i += 5) {
    await Promise.all(
      people.slice(i, i + 5).map(async (body) => {
        const res = await fetch(`${api}/v1/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (res.status !== 201) throw new Error(`seeding: POST /v1/applications answered ${res.status}`);
      }),
    );
  }
  // Impact counts them from recruitment's events (outbox → Kafka → impact's consumer).
  const count = `http://127.0.0.1:${platform.ports.impact.http}/v1/territories/rennes/application-count`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const body = (await (await fetch(count, { headers: { authorization: `Bearer ${token}` } })).json()) as { count?: number };
    if ((body.count ?? 0) >= 22) {
      log(`impact counts ${body.count} Rennes applications (22 seeded; other runs on the shared broker may add some)`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`impact counted ${body.count} Rennes applications of 22 after 90 s`);
    await sleep(500);
  }
}

/** Latencies, and (given the answering service's and the engine's processes) CPU per request. */
async function load(
  url: string,
  token: string,
  connections: number,
  seconds: number,
  pids?: { service: number[]; db: number[] },
): Promise<Figures> {
  const cpu = () => (pids ? treeCpuSeconds([...pids.service, ...pids.db]) : []);
  const before = cpu();
  const r = await autocannon({ url, connections, duration: seconds, headers: { authorization: `Bearer ${token}` } });
  const after = cpu();
  const figures: Figures = {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    errors: r.non2xx + r.errors + r.timeouts,
  };
  if (pids && r.requests.total > 0) {
    const used = after.map((a, i) => a - before[i]);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const ms = (x: number) => Math.round((x * 1000 * 100) / r.requests.total) / 100;
    figures.cpuMsPerRequest = { service: ms(sum(used.slice(0, pids.service.length))), db: ms(sum(used.slice(pids.service.length))) };
  }
  return figures;
}

async function measure(target: Target): Promise<Result> {
  const platform = await startPlatform(target);
  try {
    const token = await managerToken('rennes');
    log(`${target.label}: seeding Rennes`);
    await seed(platform, token);
    // The floor: an answer that touches neither the database nor the token.
    await load(`http://127.0.0.1:${platform.ports.recruitment.http}/healthz`, token, 10, 2);
    const floor = await load(`http://127.0.0.1:${platform.ports.recruitment.http}/healthz`, token, 10, Math.min(durationS, 5));
    log(`${target.label}: GET /healthz c=10: p50 ${floor.p50} ms, p99 ${floor.p99} ms, ${floor.rps} req/s`);
    const endpoints: Record<string, [string, Service]> = {
      'GET /v1/candidates?perPage=25': [`http://127.0.0.1:${platform.ports.recruitment.http}/v1/candidates?perPage=25`, 'recruitment'],
      'GET /v1/territories/rennes/application-count': [
        `http://127.0.0.1:${platform.ports.impact.http}/v1/territories/rennes/application-count`,
        'impact',
      ],
    };
    const reads: Result['reads'] = {};
    for (const [name, [url, service]] of Object.entries(endpoints)) {
      const pids = { service: [platform.processes[service].pid ?? 0], db: enginePids(target) };
      const check = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = (await check.json()) as unknown;
      if (!check.ok) throw new Error(`${name} answered ${check.status}`);
      if (Array.isArray(body) && body.length !== 22) throw new Error(`${name} listed ${body.length} candidates, expected 22`);
      await load(url, token, 10, 2); // warm-up: JIT, connection pools, caches
      reads[name] = {};
      for (const c of [1, 10]) {
        reads[name][c] = await load(url, token, c, durationS, pids);
        const f = reads[name][c];
        log(
          `${target.label}: ${name} c=${c}: p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.rps} req/s${f.errors ? `, ${f.errors} errors` : ''}, CPU/request ${JSON.stringify(f.cpuMsPerRequest)}`,
        );
      }
    }
    log(`${target.label}: idle for 5 s, then CPU over ${idleS} s`);
    await sleep(5_000);
    const trees: Record<string, number[]> = Object.fromEntries(SERVICES.map((s) => [s, [platform.processes[s].pid ?? 0]]));
    trees[`db (${target.engine})`] = enginePids(target);
    const cpu = await idleCpu(trees, idleS);
    return { label: target.label, poolSize: target.poolSize, floor, reads, idleCpu: cpu, loadAverage: loadavg()[0] };
  } finally {
    await stopPlatform(platform, target);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function print(results: Result[]): void {
  const lines: string[] = [];
  lines.push('', `Platform benchmark (${cpus().length} cores; code of ${appRoot === ROOT ? 'this checkout' : appRoot})`);
  for (const r of results) {
    lines.push('', `== ${r.label} (pool ${r.poolSize}; 1-min load average at the end ${r.loadAverage.toFixed(2)})`);
    lines.push(
      `  GET /healthz (floor, no database)`,
      `    c=10  p50 ${String(r.floor.p50).padStart(4)} ms  p99 ${String(r.floor.p99).padStart(4)} ms  ${String(r.floor.rps).padStart(5)} req/s`,
    );
    for (const [name, byC] of Object.entries(r.reads)) {
      const cpuOf = (x: Figures) =>
        x.cpuMsPerRequest ? `  CPU/request: service ${x.cpuMsPerRequest.service} ms, db ${x.cpuMsPerRequest.db} ms` : '';
      const f = (c: number) =>
        `p50 ${String(byC[c].p50).padStart(4)} ms  p99 ${String(byC[c].p99).padStart(4)} ms  ${String(byC[c].rps).padStart(5)} req/s${byC[c].errors ? `  ${byC[c].errors} errors` : ''}${cpuOf(byC[c])}`;
      lines.push(`  ${name}`, `    c=1   ${f(1)}`, `    c=10  ${f(10)}`);
    }
    const total = Object.values(r.idleCpu).reduce((a, b) => a + b, 0);
    lines.push(
      `  idle CPU over ${idleS} s (share of one core): ${Object.entries(r.idleCpu)
        .map(([n, v]) => `${n} ${pct(v)}`)
        .join(', ')}; total ${pct(total)}`,
    );
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const asked = option('engines', ['default', ...ENGINES.filter((e) => e !== defaultEngine)].join(',')).split(',');
  const results: Result[] = [];
  for (const name of asked) {
    let target: Target;
    if (name === 'default') {
      target = {
        engine: defaultEngine,
        label: `${defaultEngine} (default, ${defaultUrl})`,
        url: defaultUrl,
        poolSize: 10,
        home: defaultHome,
        startedHere: false,
      };
    } else if ((ENGINES as readonly string[]).includes(name)) {
      try {
        target = await startEngine(name as Engine);
      } catch (e) {
        log(`${name} not measured: ${(e as Error).message}`);
        continue;
      }
    } else throw new Error(`unknown engine ${name}`);
    try {
      results.push(await measure(target));
    } catch (e) {
      log(`${target.label} not measured: ${(e as Error).message}`);
    } finally {
      if (target.startedHere) {
        infra(target.home, 0, 'down');
        startedHomes.delete(target.home);
      }
    }
  }
  print(results);
  const file = join(ROOT, '.infra', 'bench', `db-bench-${runId}.json`);
  mkdirSync(join(ROOT, '.infra', 'bench'), { recursive: true });
  writeFileSync(file, JSON.stringify({ appRoot, durationS, idleS, results }, null, 2));
  log(`figures written to ${file}`);
  if (!results.length) process.exit(1);
}

main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});
