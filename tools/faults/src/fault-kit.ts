import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { decodeEnvelope } from '@binome/events';
import { freePort } from '@binome/testing';

export const ROOT = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

// --- the suite's own engines (tools/faults/run.sh started them in their own infra home) ---------

/** Stops or starts one engine of the suite's infra home (never the shared one: run.sh checked). */
export async function infra(action: 'stop' | 'up', engine: 'kafka' | 'db'): Promise<void> {
  await run('bash', [path.join(ROOT, 'tools/infra/infra.sh'), action, engine], { cwd: ROOT, env: process.env, timeout: 180_000 });
}

// --- TCP proxies the suite controls ---------------------------------------------------------------

export interface ProxyTarget {
  host: string;
  port: number;
}

/**
 * A TCP proxy on loopback between a service and a dependency. `cut()` closes every connection and
 * refuses new ones (the dependency as seen from the service is down); `restore()` listens again on
 * the same port. With `frames`, client→server bytes are cut into MongoDB wire-protocol messages
 * (int32 little-endian length first) and each is offered to `onFrame` before it is forwarded: it
 * may hold it back (`'drop'`), e.g. to kill the client right before a given command reaches the
 * database.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  onFrame: ((frame: Buffer, client: Socket) => 'pass' | 'drop') | undefined;

  private constructor(
    readonly port: number,
    private readonly target: ProxyTarget,
    private readonly frames: boolean,
  ) {}

  static async start(target: ProxyTarget, options: { frames?: boolean } = {}): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort(), target, options.frames ?? false);
    await proxy.restore();
    return proxy;
  }

  get url(): string {
    return `127.0.0.1:${this.port}`;
  }

  restore(): Promise<void> {
    if (this.server) return Promise.resolve();
    const server = createServer((client) => this.pipe(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }

  private pipe(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client);
    this.sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    upstream.on('data', (d: Buffer) => client.write(d));
    if (!this.frames) {
      client.on('data', (d: Buffer) => upstream.write(d));
      return;
    }
    let pending = Buffer.alloc(0);
    client.on('data', (d: Buffer) => {
      pending = Buffer.concat([pending, d]);
      while (pending.length >= 4 && pending.length >= pending.readInt32LE(0)) {
        const frame = pending.subarray(0, pending.readInt32LE(0));
        pending = pending.subarray(frame.length);
        if ((this.onFrame?.(frame, client) ?? 'pass') === 'drop') {
          close();
          return;
        }
        upstream.write(frame);
      }
    });
  }
}

// --- services as real processes ---------------------------------------------------------------------

export interface Instance {
  name: string;
  label: string;
  httpPort: number;
  grpcPort: number;
  env: Record<string, string>;
  child: ChildProcess;
  output: string[];
  url: string;
}

/** Starts apps/<name>/src/main.ts as its own process (as `npm start` does), on the given ports, and waits until ready. */
export async function spawnService(
  name: string,
  label: string,
  env: Record<string, string>,
  ports?: { httpPort: number; grpcPort: number },
): Promise<Instance> {
  const httpPort = ports?.httpPort ?? (await freePort());
  const grpcPort = ports?.grpcPort ?? (await freePort());
  const output: string[] = [];
  // Node itself with tsx's loader, not the tsx command: that one runs the service in a child
  // process of its own, and a SIGKILL of the command would leave the service running.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, `apps/${name}/src/main.ts`)], {
    cwd: ROOT,
    env: { ...process.env, ...env, HTTP_PORT: String(httpPort), GRPC_PORT: String(grpcPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d: Buffer) => {
    output.push(d.toString());
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const instance: Instance = { name, label, httpPort, grpcPort, env, child, output, url: `http://127.0.0.1:${httpPort}` };
  // Eight processes start at once on two shared cores: be patient.
  await waitReady(instance, 180_000);
  return instance;
}

export async function waitReady(instance: Instance, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null)
      throw new Error(`${instance.label} exited:\n${instance.output.join('').slice(-4000)}`);
    if (await ready(instance)) return Date.now() - t0;
    if (Date.now() - t0 > timeoutMs)
      throw new Error(`${instance.label} not ready after ${timeoutMs} ms:\n${instance.output.join('').slice(-4000)}`);
    await sleep(250);
  }
}

export const ready = (instance: Instance): Promise<boolean> =>
  fetch(`${instance.url}/readyz`, { signal: AbortSignal.timeout(3_000) }).then(
    (r) => r.ok,
    () => false,
  );

export async function sigkill(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((r) => instance.child.once('exit', r));
  instance.child.kill('SIGKILL');
  await exited;
}

export async function stopGracefully(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((r) => instance.child.once('exit', r));
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** The same service again, on the same ports (peers and the gateway keep their addresses). */
export const restart = (i: Instance) => spawnService(i.name, i.label, i.env, { httpPort: i.httpPort, grpcPort: i.grpcPort });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// --- what Kafka carried ---------------------------------------------------------------------------------

/**
 * Reads a topic in its own consumer group and records each event of a type, by aggregate id: how
 * many times it was published (a republish after a relay's crash is the same event id again).
 * Messages are deduplicated by partition and offset, so the tap's own redeliveries do not count.
 */
export class TopicTap {
  private readonly consumer: Consumer;
  private readonly offsets = new Set<string>();
  /** aggregate id → event ids, one per message. */
  readonly byAggregate = new Map<string, string[]>();

  constructor(
    brokers: string[],
    private readonly topic: string,
    private readonly eventType: string,
    group: string,
  ) {
    const kafka = new Kafka({
      clientId: 'binome-faults-tap',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 1000, maxRetryTime: 2_000 },
    });
    this.consumer = kafka.consumer({ groupId: group, sessionTimeout: 30_000 });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ partition, message }) => {
        const key = `${partition}:${message.offset}`;
        if (this.offsets.has(key)) return;
        this.offsets.add(key);
        const envelope = decodeEnvelope(message.value);
        if (envelope.type !== this.eventType) return;
        this.byAggregate.set(envelope.aggregateId, [...(this.byAggregate.get(envelope.aggregateId) ?? []), envelope.id]);
      },
    });
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }

  /** Messages beyond the first for these aggregates (republished events). */
  duplicates(ids: Iterable<string>): number {
    let n = 0;
    for (const id of ids) n += Math.max(0, (this.byAggregate.get(id)?.length ?? 0) - 1);
    return n;
  }
}

// --- the table each case prints -------------------------------------------------------------------------

export interface CaseFigures {
  case: string;
  sent: number;
  accepted: number;
  refused: string;
  published: number;
  duplicatesOnTopic: number;
  arrived: Record<string, number>;
  lost: number;
  doubled: number;
  recoveryMs: number;
  notes?: string[];
}

export function printFigures(f: CaseFigures): string {
  const rows: [string, string][] = [
    ['sent (requests)', String(f.sent)],
    ['accepted (2xx)', String(f.accepted)],
    ['refused', f.refused || '0'],
    ['published (distinct events on the topic)', String(f.published)],
    ['duplicates on the topic (republished)', String(f.duplicatesOnTopic)],
    ...Object.entries(f.arrived).map(([consumer, n]): [string, string] => [`arrived: ${consumer}`, String(n)]),
    ['lost (must be 0)', String(f.lost)],
    ['doubled in effect (must be 0)', String(f.doubled)],
    ['recovery', `${(f.recoveryMs / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [
    `\n── fault case: ${f.case}`,
    ...rows.map(([k, v]) => `   ${k.padEnd(width)}  ${v}`),
    ...(f.notes ?? []).map((n) => `   · ${n}`),
  ];
  const text = lines.join('\n') + '\n';
  process.stdout.write(text);
  return text;
}

/** Status counts, e.g. "503×12, 500×1". */
export function tally(statuses: (number | string)[]): string {
  const counts = new Map<string, number>();
  for (const s of statuses) counts.set(String(s), (counts.get(String(s)) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s}×${n}`).join(', ');
}
