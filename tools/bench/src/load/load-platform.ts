// What `npm run bench:load` runs against: the extra territory realms in Keycloak, the seven
// services and the gateway as child processes (one instance each, own databases and consumer
// groups), samplers of consumer lag (Kafka admin) and of each process's RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AssignerProtocol, Kafka, logLevel, type Admin } from 'kafkajs';
import { mongo } from 'mongoose';
import { freePort } from '@binome/testing';
import { lagOf, type LagSample } from './load-stats';

export const ROOT = resolve(__dirname, '../../../..');
export const SERVICES = ['recruitment', 'matching', 'scheduling', 'workshops', 'resources', 'impact'] as const;
export type Service = (typeof SERVICES)[number];
export const keycloakUrl = (process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27027';
export const logDir = join(ROOT, '.infra', 'logs');

// The services' consumer groups (their `*_GROUP` constants); moved to the end of the shared topics
// before the services start, so that the run processes its own events, not other runs' history.
const GROUPS = [
  'impact',
  'impact-surveys',
  'recruitment-pairs',
  'recruitment-training',
  'resources-erasure',
  'resources-awards',
  'scheduling-pairs',
  'scheduling-recruitment',
  'scheduling-surveys',
  'scheduling-workshops',
  'workshops-meetings',
  'workshops-pairs',
  'workshops-recruitment',
  'gateway-webhooks',
];

export const log = (msg: string) => console.error(`[load ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Keycloak: one realm per territory (the design), so the extra territories get realms.

async function adminToken(): Promise<string> {
  const res = await fetch(`${keycloakUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      // The development stack's bootstrap admin (tools/infra/infra.sh), overridable the same way.
      username: process.env.KEYCLOAK_ADMIN_USER ?? 'admin',
      password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  if (!res.ok) throw new Error(`Keycloak refused the admin sign-in: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/**
 * Creates the realms of `territories` that Keycloak lacks, each a copy of the generated `tours`
 * realm (roles, clients, audience mapper, dev users) under the territory's name. Idempotent: an
 * existing realm is left as it is.
 */
export async function provisionRealms(territories: readonly string[]): Promise<{ created: string[]; existing: number }> {
  const template = readFileSync(join(ROOT, 'deploy/keycloak/tours-realm.json'), 'utf8');
  let token = await adminToken();
  let tokenAt = Date.now();
  const created: string[] = [];
  let existing = 0;
  for (const t of territories) {
    if (Date.now() - tokenAt > 45_000) [token, tokenAt] = [await adminToken(), Date.now()];
    const auth = { authorization: `Bearer ${token}` };
    const found = await fetch(`${keycloakUrl}/admin/realms/${t}`, { headers: auth });
    if (found.ok) {
      existing++;
      continue;
    }
    const title = t[0].toUpperCase() + t.slice(1);
    const body = template
      .replace(/"tours"/g, `"${t}"`)
      .replace(/@tours\./g, `@${t}.`)
      .replace(/Binôme Tours/g, `Binôme ${title}`);
    const res = await fetch(`${keycloakUrl}/admin/realms`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body,
    });
    if (res.status !== 201 && res.status !== 409) throw new Error(`creating realm ${t}: ${res.status} ${(await res.text()).slice(0, 200)}`);
    created.push(t);
  }
  return { created, existing };
}

/** Access tokens by realm/user, refreshed in the background well before their 15 minutes run out. */
export class Tokens {
  private readonly tokens = new Map<string, string>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly users: readonly (readonly [realm: string, username: string])[]) {}

  private async fetchOne(realm: string, username: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'password',
          client_id: 'binome-console',
          username,
          password: `${username}-dev`,
          scope: 'openid',
        }),
      }).catch((e: Error) => e);
      if (!(res instanceof Error) && res.ok) {
        this.tokens.set(`${realm}/${username}`, ((await res.json()) as { access_token: string }).access_token);
        return;
      }
      if (attempt >= 5) throw new Error(`Keycloak refused ${username}@${realm}: ${res instanceof Error ? res.message : res.status}`);
      await sleep(1000 * attempt);
    }
  }

  async start(): Promise<void> {
    const refresh = async () => {
      for (let i = 0; i < this.users.length; i += 8) await Promise.all(this.users.slice(i, i + 8).map(([r, u]) => this.fetchOne(r, u)));
    };
    await refresh();
    this.timer = setInterval(() => void refresh().catch((e: Error) => log(`token refresh failed: ${e.message}`)), 5 * 60_000);
    this.timer.unref();
  }

  get(realm: string, username: string): string {
    const t = this.tokens.get(`${realm}/${username}`);
    if (!t) throw new Error(`no token for ${username}@${realm}`);
    return t;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The services as processes.

export interface Platform {
  gatewayPort: number;
  processes: Record<Service | 'gateway', ChildProcess>;
  databases: string[];
  groupPrefix: string;
}

const children = new Set<ChildProcess>();
/** Stops every child still running (the signal handler's last resort). */
export function killChildren(): void {
  for (const c of children) c.kill('SIGTERM');
}

async function moveGroupsToEnd(admin: Admin, prefix: string): Promise<void> {
  const topics = new Set(await admin.listTopics());
  const wanted = ['recruitment', 'matching', 'scheduling', 'workshops', 'resources', 'impact', 'referrals']
    .map((s) => `binome.${s}.v1`)
    .filter((t) => topics.has(t));
  const ends = new Map(await Promise.all(wanted.map(async (t) => [t, await admin.fetchTopicOffsets(t)] as const)));
  // kafkajs joins the group to commit (seconds each): the groups in parallel, a group's topics in
  // turn. A topic the group does not read gets an offset it never uses (lag counts subscriptions only).
  await Promise.all(
    GROUPS.map(async (group) => {
      // Explicit offsets: resetOffsets({ earliest: false }) commits -1, which fromBeginning reads as none.
      for (const [topic, offsets] of ends)
        await admin.setOffsets({
          groupId: `${prefix}${group}`,
          topic,
          partitions: offsets.map((p) => ({ partition: p.partition, offset: p.high })),
        });
    }),
  );
}

export async function startPlatform(runId: string, territories: readonly string[]): Promise<Platform> {
  const groupPrefix = `load-${runId}.`;
  const admin = new Kafka({ clientId: 'binome-load', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const from = Date.now();
    await moveGroupsToEnd(admin, groupPrefix);
    log(`consumer groups ${groupPrefix}* moved to the end of the shared topics (${Date.now() - from} ms)`);
  } finally {
    await admin.disconnect();
  }
  const ports = {} as Record<Service | 'gateway', { http: number; grpc: number }>;
  for (const s of [...SERVICES, 'gateway'] as const) ports[s] = { http: await freePort(), grpc: s === 'gateway' ? 0 : await freePort() };
  const peers = SERVICES.map((s) => `${s}=127.0.0.1:${ports[s].grpc}`).join(',');
  const upstreams = SERVICES.map((s) => `${s}=http://127.0.0.1:${ports[s].http}`).join(',');
  const databases = [...SERVICES, 'gateway'].map((s) => `load_${s}_${runId}`);
  mkdirSync(logDir, { recursive: true });
  const processes = {} as Platform['processes'];
  const start = (s: Service | 'gateway', i: number) => {
    const out = openSync(join(logDir, `load-${s}.log`), 'a');
    // node --import tsx: one process per service, so that its RSS is the service's own.
    const child = spawn(process.execPath, ['--import', 'tsx', `apps/${s}/src/main.ts`], {
      cwd: ROOT,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        HTTP_PORT: String(ports[s].http),
        GRPC_PORT: String(ports[s].grpc),
        MONGO_URL: mongoUrl,
        MONGO_DB: databases[i],
        KAFKA_GROUP_PREFIX: groupPrefix,
        TERRITORIES: territories.join(','),
        PEERS: peers,
        UPSTREAMS: upstreams,
        // All the load comes from one client address: the per-IP limits would stop a year of
        // applications in seconds. They are measured by the gateway's own tests.
        RATE_LIMIT_APPLICATIONS_PER_MINUTE: '10000000',
        RATE_LIMIT_PER_MINUTE: '10000000',
      },
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    processes[s] = child;
  };
  SERVICES.forEach((s, i) => start(s, i));
  start('gateway', SERVICES.length);
  for (const s of [...SERVICES, 'gateway'] as const) {
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (processes[s].exitCode !== null) throw new Error(`${s} exited during start-up: see ${join(logDir, `load-${s}.log`)}`);
      const ok = await fetch(`http://127.0.0.1:${ports[s].http}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`${s} not ready after 240 s: see ${join(logDir, `load-${s}.log`)}`);
      await sleep(500);
    }
  }
  return { gatewayPort: ports.gateway.http, processes, databases, groupPrefix };
}

/** Stops the processes (gateway first), drops the run's databases and deletes its consumer groups. */
export async function stopPlatform(p: Platform): Promise<void> {
  const stop = (c: ChildProcess) =>
    new Promise<void>((done) => {
      if (c.exitCode !== null || c.signalCode !== null) return done();
      c.once('exit', () => done());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
    });
  await stop(p.processes.gateway);
  await Promise.all(SERVICES.map((s) => stop(p.processes[s])));
  const client = await new mongo.MongoClient(mongoUrl, { retryWrites: false }).connect();
  for (const db of p.databases)
    await client
      .db(db)
      .dropDatabase()
      .catch(() => undefined);
  await client.close();
  const admin = new Kafka({ clientId: 'binome-load', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(p.groupPrefix));
    if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Samplers.

/** Consumer lag of the run's groups, every `everyMs`: committed offsets against end offsets. */
export class LagSampler {
  readonly samples: LagSample[] = [];
  private readonly admin: Admin;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly prefix: string,
    private readonly t0: number,
  ) {
    this.admin = new Kafka({ clientId: 'binome-load-lag', brokers, logLevel: logLevel.NOTHING }).admin();
  }

  async start(everyMs = 5_000): Promise<void> {
    await this.admin.connect();
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sample()
        .then(() => undefined)
        .catch((e: Error) => log(`lag sample failed: ${e.message}`))
        .finally(() => (this.running = undefined));
    }, everyMs);
  }

  /** Lag per group now (the groups' subscriptions read from their members' metadata). */
  async sample(): Promise<Record<string, number>> {
    const ids = (await this.admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(this.prefix));
    const described = ids.length ? (await this.admin.describeGroups(ids)).groups : [];
    const ends = new Map<string, Awaited<ReturnType<Admin['fetchTopicOffsets']>>>();
    const lag: Record<string, number> = {};
    for (const g of described) {
      const topics = new Set<string>();
      for (const m of g.members) {
        const meta = AssignerProtocol.MemberMetadata.decode(m.memberMetadata);
        for (const t of meta?.topics ?? []) topics.add(t);
      }
      if (!topics.size) continue;
      const committed = await this.admin.fetchOffsets({ groupId: g.groupId, topics: [...topics] });
      let total = 0;
      for (const c of committed) {
        if (!ends.has(c.topic)) ends.set(c.topic, await this.admin.fetchTopicOffsets(c.topic));
        total += lagOf(c.partitions, ends.get(c.topic) ?? []);
      }
      lag[g.groupId.slice(this.prefix.length)] = total;
    }
    this.samples.push({ at: performance.now() - this.t0, lag });
    return lag;
  }

  /** Messages in the run's dead-letter topics (each one a poison message or a failed handler). */
  async deadLetters(): Promise<Record<string, number>> {
    const topics = (await this.admin.listTopics()).filter((t) => t.startsWith(`binome.dlt.${this.prefix}`));
    const out: Record<string, number> = {};
    for (const t of topics) {
      const offsets = await this.admin.fetchTopicOffsets(t);
      out[t] = offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
    }
    return out;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.admin.disconnect();
  }
}

/** Resident set size (MB) of each process, every `everyMs`: the peak and the last. */
export class RssSampler {
  readonly peak: Record<string, number> = {};
  readonly last: Record<string, number> = {};
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: Record<string, number | undefined>) {}

  start(everyMs = 5_000): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): void {
    for (const [name, pid] of Object.entries(this.pids)) {
      if (!pid) continue;
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
        const mb = Math.round(kb / 102.4) / 10;
        this.last[name] = mb;
        this.peak[name] = Math.max(this.peak[name] ?? 0, mb);
      } catch {
        // the process has exited: its last figures stay
      }
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
