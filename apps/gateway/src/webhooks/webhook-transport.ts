import http from 'node:http';
import https from 'node:https';
import { checkUrl, guardedLookup, TargetRefused, type TargetOptions } from './target-guard';

export interface TransportOptions extends TargetOptions {
  allowInsecureTargets: boolean;
  timeoutMs: number;
  /** Extra TLS trust (tests' self-signed receivers); production uses the system's CAs. */
  ca?: string | Buffer;
}

export type PostOutcome = { statusCode: number } | { error: string };

/**
 * POSTs webhook deliveries with node:http(s) through agents whose `lookup` is the guard: the host
 * is resolved once, every address checked, and the socket connects to a checked one. `fetch` is not
 * used because it resolves the name again on its own. TLS still names the host (SNI and
 * certificate check against the host name) and `Host` is the URL's, since only the lookup changes.
 * Redirects are not followed.
 */
export function createWebhookTransport(options: TransportOptions) {
  const lookup = guardedLookup(options.allowInsecureTargets, options);
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 16, lookup }),
    https: new https.Agent({ keepAlive: true, maxSockets: 16, lookup, ...(options.ca ? { ca: options.ca } : {}) }),
  };

  function post(raw: string, headers: Record<string, string>, body: string): Promise<PostOutcome> {
    const target = checkUrl(raw, options.allowInsecureTargets, options);
    if (!target.ok) return Promise.resolve({ error: `target refused: ${target.reason}` });
    const secure = target.url.protocol === 'https:';
    return new Promise((resolve) => {
      const req = (secure ? https : http).request(target.url, {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: secure ? agents.https : agents.http,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      req.on('response', (res) => {
        res.resume(); // the answer's body is not needed; drain it so the socket can be reused
        resolve({ statusCode: res.statusCode ?? 0 });
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e instanceof TargetRefused) return resolve({ error: `target refused: ${e.reason}` });
        if (e.name === 'AbortError') return resolve({ error: 'TimeoutError' });
        resolve({ error: e.code ?? e.name });
      });
      req.end(body);
    });
  }

  return { post, close: () => (agents.http.destroy(), agents.https.destroy()) };
}

export type WebhookTransport = ReturnType<typeof createWebhookTransport>;
