import { request as httpRequest } from 'node:http';

/**
 * Bodies that claim a compression they do not have: a gzip header followed by garbage, and bytes
 * that are neither deflate nor brotli. The body parsers try to decompress them and fail.
 */
export const GARBAGE_COMPRESSED_BODIES: readonly { encoding: 'gzip' | 'deflate' | 'br'; body: Buffer }[] = [
  { encoding: 'gzip', body: Buffer.from('\x1f\x8b\x08\x00garbage', 'latin1') },
  { encoding: 'deflate', body: Buffer.from('garbage, not deflate', 'latin1') },
  { encoding: 'br', body: Buffer.from('garbage', 'latin1') },
];

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/** Plausible values for route parameters, so that the request reaches the route's own stack. */
export function fillParams(path: string, values: Record<string, string> = {}): string {
  return path.replace(
    /:(\w+)/g,
    (_m, name: string) => values[name] ?? (/territory/i.test(name) ? 'rennes' : '00000000-0000-4000-8000-000000000000'),
  );
}

export interface RawResponse {
  status: number;
  contentType: string;
  body: string;
}

/** One request with exactly these bytes and headers (no client-side encoding or retries). */
export function sendRaw(url: string, method: string, headers: Record<string, string>, body: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface BadBodyOutcome {
  request: string;
  status: number;
  contentType: string;
  body: string;
}

/**
 * Sends every garbage-compressed body, as JSON and as CSV, to every write route listed (the
 * routes come from `expressRoutes(app)`, so none is hand-picked) and returns every answer.
 */
export async function sendGarbageToWriteRoutes(
  baseUrl: string,
  routes: readonly { method: string; path: string }[],
  options: {
    token?: string;
    params?: Record<string, string>;
    query?: string;
    methods?: ReadonlySet<string>;
    contentTypes?: readonly string[];
  } = {},
): Promise<BadBodyOutcome[]> {
  const outcomes: BadBodyOutcome[] = [];
  for (const route of routes.filter((r) => (options.methods ?? WRITE_METHODS).has(r.method))) {
    const path = `${fillParams(route.path, options.params)}${options.query ? `?${options.query}` : ''}`;
    for (const contentType of options.contentTypes ?? ['application/json', 'text/csv']) {
      for (const { encoding, body } of GARBAGE_COMPRESSED_BODIES) {
        const headers: Record<string, string> = {
          'content-type': contentType,
          'content-encoding': encoding,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        };
        const res = await sendRaw(`${baseUrl}${path}`, route.method, headers, body);
        outcomes.push({ request: `${route.method} ${path} (${contentType}, ${encoding})`, ...res });
      }
    }
  }
  return outcomes;
}

/** The outcomes that break the "bad input is a 4xx problem+json" rule. */
export const notProblem4xx = (outcomes: readonly BadBodyOutcome[]) =>
  outcomes.filter((o) => o.status < 400 || o.status >= 500 || !o.contentType.startsWith('application/problem+json'));

/**
 * The outcomes that break the rule, one line each (empty when all is well), with a count of the
 * 5xx logged so that a failing run says at once how bad it is. Specs assert it `toEqual([])`.
 */
export function badBodyReport(service: string, outcomes: readonly BadBodyOutcome[]): string[] {
  const bad = notProblem4xx(outcomes);
  if (bad.length)
    console.log(
      `${service}: ${bad.length} of ${outcomes.length} answers not 4xx problem+json, ${bad.filter((o) => o.status >= 500).length} × 5xx`,
    );
  return bad.map((o) => `${o.request} → ${o.status} ${o.contentType}`);
}
