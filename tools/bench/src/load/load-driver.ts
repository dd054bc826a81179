// Sends the profile's requests through the gateway with autocannon: a fixed list of writes (each
// answer handed back to the bench, which needs the ids), or an endless stream of reads until
// stopped. Latency is timed per request, so one autocannon instance can carry several families.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { verdictOf, type Sample } from './load-stats';
import type { Service } from './load-platform';

export interface Call {
  service: Service;
  kind: 'read' | 'write';
  method: 'GET' | 'POST' | 'PUT';
  /** The service's own path (`/v1/…`); sent as `/api/<service>/v1/…`. */
  path: string;
  body?: unknown;
  /** Bearer token at send time (tokens are refreshed during the run); none for public routes. */
  token?: () => string;
  /** 4xx statuses the profile sends on purpose. */
  expect?: number[];
  /** Called with the parsed body of a 2xx answer only. */
  then?: (status: number, body: unknown) => void;
}

export interface RecordedError {
  family: string;
  request: string;
  status: number;
  detail: string;
}

/** Every answer's latency by family (`<service> <read|write>`) and by tick, and the errors. */
export class Recorder {
  readonly samples = new Map<string, Sample[]>();
  readonly byTick = new Map<number, Map<string, Sample[]>>();
  readonly errors: RecordedError[] = [];
  expected = 0;
  ok = 0;
  tick = 0;

  constructor(readonly t0: number) {}

  record(call: Call, status: number, startedAt: number, latencyMs: number, body: string): void {
    const family = `${call.service} ${call.kind}`;
    const sample = { at: startedAt - this.t0, latencyMs };
    const add = (m: Map<string, Sample[]>) => {
      const list = m.get(family) ?? [];
      m.set(family, list);
      list.push(sample);
    };
    add(this.samples);
    const tick = this.byTick.get(this.tick) ?? new Map<string, Sample[]>();
    this.byTick.set(this.tick, tick);
    add(tick);
    const verdict = verdictOf(status, call.expect);
    if (verdict === 'ok') this.ok++;
    else if (verdict === 'expected') this.expected++;
    else {
      // The problem's code and title only: never a body that could carry personal data.
      let detail = '';
      try {
        const p = JSON.parse(body) as { code?: string; detail?: string };
        detail = `${p.code ?? ''} ${String(p.detail ?? '').slice(0, 160)}`;
      } catch {
        detail = body.slice(0, 80);
      }
      this.errors.push({ family, request: `${call.method} ${call.path}`, status, detail });
    }
    if (verdict === 'ok' && call.then) {
      let parsed: unknown;
      try {
        parsed = body ? JSON.parse(body) : undefined;
      } catch {
        parsed = undefined;
      }
      call.then(status, parsed);
    }
  }

  transportError(what: string): void {
    this.errors.push({ family: 'transport', request: what, status: 0, detail: what });
  }
}

interface Context {
  call?: Call;
  startedAt?: number;
}

function request(call: Call | undefined, ctx: Context) {
  ctx.call = call;
  ctx.startedAt = performance.now();
  if (!call) return { method: 'GET' as const, path: '/healthz', headers: {} };
  return {
    method: call.method,
    path: `/api/${call.service}${call.path}`,
    headers: {
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(call.token ? { authorization: `Bearer ${call.token()}` } : {}),
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  };
}

function instance(
  port: number,
  connections: number,
  next: () => Call | undefined,
  rec: Recorder,
  extra: Partial<autocannon.Options>,
): { done: Promise<void>; stop(): void } {
  let stop = () => undefined as void;
  const done = new Promise<void>((resolve, reject) => {
    const inst = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        timeout: 60,
        requests: [
          {
            setupRequest: (req, context) => ({ ...req, ...request(next(), context as Context) }),
            onResponse: (status, body, context) => {
              const ctx = context as Context;
              if (ctx.call && ctx.startedAt !== undefined)
                rec.record(ctx.call, status, ctx.startedAt, performance.now() - ctx.startedAt, body);
            },
          },
        ],
        ...extra,
      } as autocannon.Options,
      (err, result) => {
        if (err) return reject(err);
        if (result.errors || result.timeouts) rec.transportError(`${result.errors} socket errors, ${result.timeouts} timeouts`);
        resolve();
      },
    );
    stop = () => inst.stop();
  });
  return { done, stop: () => stop() };
}

/**
 * Sends every call once, `connections` at a time; resolves when all are answered, or at `deadline`
 * (epoch ms) with the number of calls left unsent.
 */
export async function sendAll(
  port: number,
  calls: readonly Call[],
  connections: number,
  rec: Recorder,
  deadline = Infinity,
): Promise<number> {
  if (!calls.length) return 0;
  const queue = [...calls];
  const run = instance(port, Math.min(connections, calls.length), () => queue.shift(), rec, { amount: calls.length });
  const timer = Number.isFinite(deadline) ? setTimeout(() => run.stop(), Math.max(0, deadline - Date.now())) : undefined;
  await run.done;
  clearTimeout(timer);
  return queue.length;
}

/** Reads drawn from `next` until stop() is called. */
export function readStream(port: number, next: () => Call, connections: number, rec: Recorder): { stop(): Promise<void> } {
  const run = instance(port, connections, next, rec, { duration: 24 * 3600 });
  return {
    stop: async () => {
      run.stop();
      await run.done;
    },
  };
}
