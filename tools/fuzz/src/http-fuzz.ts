import { Agent, request as httpRequest } from 'node:http';
import type { Case, Operation } from './openapi-cases';

export interface Outcome {
  operation: string;
  kind: string;
  request: string;
  status: number;
  contentType: string;
  /** The beginning of the answer (for the report of a failing case). */
  body: string;
  /** A transport error instead of an answer (the connection dropped). */
  error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/**
 * Sends one case with exactly its bytes. A server may answer a body over its limit before reading
 * it all and close the connection: the answer received counts, a write error after it does not.
 */
export function send(baseUrl: string, c: Case, token?: string): Promise<Omit<Outcome, 'operation' | 'kind'>> {
  const request = `${c.method} ${c.path.length > 160 ? `${c.path.slice(0, 160)}…` : c.path}`;
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: Omit<Outcome, 'operation' | 'kind' | 'request'>) => {
      if (settled) return;
      settled = true;
      resolve({ request, ...o });
    };
    const headers: Record<string, string> = { ...c.headers };
    if (headers['content-type'] === '') delete headers['content-type'];
    if (c.body) headers['content-length'] = String(c.body.length);
    if (token) headers.authorization = `Bearer ${token}`;
    const req = httpRequest(`${baseUrl}${c.path}`, { method: c.method, headers, agent, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < 4_096) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8').slice(0, 300),
        }),
      );
      res.on('error', (e) =>
        done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: '', error: e.message }),
      );
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', (e) => done({ status: 0, contentType: '', body: '', error: (e as NodeJS.ErrnoException).code ?? e.message }));
    req.end(c.body);
  });
}

/** Runs `task` over `items` with at most `concurrency` at a time, in order of start. */
export async function pool<T, R>(items: readonly T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i]);
      }
    }),
  );
  return out;
}

/** A credential to try on an operation: a real token of one role, by label. */
export interface Caller {
  label: string;
  token: string;
}

/**
 * The first caller whose base request gets past the guard (not 401 or 403), so that the malformed
 * requests reach validation rather than authorisation; the callers are tried in the order given
 * (HQ first: it may call most operations). `undefined` when none may: the operation's cases are
 * still sent, with the first caller, and show the guard's answer.
 */
export async function callerFor(baseUrl: string, op: Operation, callers: readonly Caller[]): Promise<Caller | undefined> {
  if (op.public) return undefined;
  for (const caller of callers) {
    const res = await send(baseUrl, op.base, caller.token);
    if (res.status !== 401 && res.status !== 403) return caller;
  }
  return undefined;
}

/**
 * The outcomes that break the rule: a 5xx, no answer at all, a 4xx that is not problem+json, or a
 * NoSQL-operator object accepted where the document declares a string (it must never reach a
 * query or a document as a value).
 */
export const violations = (outcomes: readonly Outcome[]) =>
  outcomes.filter(
    (o) =>
      o.status === 0 ||
      o.status >= 500 ||
      (o.status >= 400 && !o.contentType.startsWith('application/problem+json')) ||
      (/^body\..*:nosql-operator$/.test(o.kind) && o.status < 400),
  );

export interface ServiceSummary {
  service: string;
  operations: number;
  requests: number;
  histogram: Record<string, number>;
  /** Operations whose cases ran with a token of this caller (or public). */
  callers: Record<string, number>;
  violations: string[];
  seconds: number;
}

export function summarise(
  service: string,
  operations: number,
  outcomes: readonly Outcome[],
  callers: Record<string, number>,
  seconds: number,
): ServiceSummary {
  const histogram: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.status === 0 ? `no answer (${o.error})` : String(o.status);
    histogram[key] = (histogram[key] ?? 0) + 1;
  }
  return {
    service,
    operations,
    requests: outcomes.length,
    histogram: Object.fromEntries(Object.entries(histogram).sort(([a], [b]) => a.localeCompare(b))),
    callers,
    violations: violations(outcomes).map(
      (o) => `${o.operation} [${o.kind}] ${o.request} → ${o.status || o.error} ${o.contentType} ${o.body.slice(0, 160)}`,
    ),
    seconds,
  };
}

/** Every case of every operation, each with the caller found for its operation. */
export async function fuzzService(
  service: string,
  baseUrl: string,
  operations: readonly Operation[],
  callers: readonly Caller[],
  concurrency = 6,
): Promise<ServiceSummary> {
  const t0 = Date.now();
  const chosen = await pool(operations, 4, (op) => callerFor(baseUrl, op, callers));
  const usage: Record<string, number> = {};
  const jobs = operations.flatMap((op, i) => {
    const caller = op.public ? undefined : (chosen[i] ?? callers[0]);
    const label = op.public ? 'public' : chosen[i] ? chosen[i].label : `none may (${callers[0].label})`;
    usage[label] = (usage[label] ?? 0) + 1;
    return op.cases.map((c) => ({ op, c, token: caller?.token }));
  });
  const outcomes = await pool(jobs, concurrency, async ({ op, c, token }) => ({
    operation: op.label,
    kind: c.kind,
    ...(await send(baseUrl, c, token)),
  }));
  return summarise(service, operations.length, outcomes, usage, (Date.now() - t0) / 1000);
}
