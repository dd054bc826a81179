import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { Transform, type TransformCallback } from 'node:stream';
import type { Request, Response } from 'express';
import { AppError } from '@binome/errors';
import { PROBLEM_JSON } from '@binome/http-server';
import type { Logger } from '@binome/logging';

// Headers that describe one connection, never forwarded (RFC 9110 §7.6.1), plus what the edge owns.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
]);
const REQUEST_DROPPED = new Set([
  ...HOP_BY_HOP,
  'cookie',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-request-id',
]);
// CORS is the edge's decision, not the upstream's.
const RESPONSE_DROPPED = (name: string) => HOP_BY_HOP.has(name) || name.startsWith('access-control-') || name === 'x-powered-by';

/** Idle time after which the gateway closes a pooled upstream socket; below the services' `keepAliveTimeout`. */
export const IDLE_SOCKET_MS = 60_000;
const IDEMPOTENT = new Set(['GET', 'HEAD']);
// What a request sent on a socket the peer has just closed fails with.
const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE']);

export interface ProxyOptions {
  timeoutMs: number;
  /** Largest request body forwarded, in bytes; larger bodies are 413 (counted while streaming). */
  bodyLimitBytes: number;
  logger: Logger;
}

/** Problem details for the edge's own upstream failures (502/504 have no AppError code). */
function sendProblem(req: Request, res: Response, status: number, code: string, title: string, detail: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .status(status)
    .type(PROBLEM_JSON)
    .json({ type: `https://binome.dev/problems/${code.replace(/_/g, '-')}`, status, instance: req.originalUrl, code, title, detail });
}

class BodyLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) return done(new AppError('payload_too_large', 'The request body is larger than the gateway accepts'));
    done(null, chunk);
  }
}

function forwardedFor(req: Request): string {
  const prior = req.headers['x-forwarded-for'];
  const client = req.socket.remoteAddress ?? '';
  // Keep the chain only when express trusts the hop that sent it (`trust proxy`).
  return req.ip && req.ip !== client && typeof prior === 'string' ? `${prior}, ${client}` : client;
}

/**
 * Streams a request to its owning service and the response back: no body parsing, no buffering.
 * The Authorization header and the request id travel with it; connection failures become problem
 * responses (refused or unresolvable: 503; reset or malformed: 502; too slow: 504).
 */
export function createProxy(options: ProxyOptions) {
  // `timeout` is what closes a pooled socket once idle (Node 20 also takes the server's shorter
  // `Keep-Alive: timeout=` hint, minus 1 s, but only when `timeout` is set): below the services'
  // 65 s keep-alive (libs/http-server), so the gateway, not the service, closes an idle connection.
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 256, timeout: IDLE_SOCKET_MS }),
    https: new https.Agent({ keepAlive: true, maxSockets: 256, timeout: IDLE_SOCKET_MS }),
  };
  // The one retry of a GET/HEAD goes on a new connection, never on another pooled one that may be as stale.
  const freshAgents = { http: new http.Agent({ maxSockets: 256 }), https: new https.Agent({ maxSockets: 256 }) };

  /**
   * `bodyLimitBytes`: the route's own limit when it has one (edge/body-limits.ts). `anonymous`: a
   * public route whose credential is in its path: no Authorization reaches the service, so a
   * bearer sent by mistake is neither trusted there nor logged.
   */
  function forward(
    req: Request,
    res: Response,
    base: URL,
    path: string,
    service: string,
    bodyLimitBytes = options.bodyLimitBytes,
    { anonymous = false }: { anonymous?: boolean } = {},
  ): void {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > bodyLimitBytes) {
      req.resume();
      return sendProblem(
        req,
        res,
        413,
        'payload_too_large',
        'Request body too large',
        'The request body is larger than the gateway accepts',
      );
    }
    const headers: IncomingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers))
      if (!REQUEST_DROPPED.has(name) && !(anonymous && name === 'authorization') && value !== undefined) headers[name] = value;
    headers['x-request-id'] = String(req.id ?? res.getHeader('x-request-id') ?? '');
    headers['x-forwarded-for'] = forwardedFor(req);
    headers['x-forwarded-proto'] = req.protocol;
    if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;

    const secure = base.protocol === 'https:';
    const target = {
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port || (secure ? 443 : 80),
      method: req.method,
      path: `${base.pathname.replace(/\/$/, '')}${path}`,
      headers,
      timeout: options.timeoutMs,
    };
    // Only a body-less GET/HEAD may be sent twice: it changes nothing and there is no body to replay.
    const retriable = IDEMPOTENT.has(req.method) && !req.headers['transfer-encoding'] && declared === 0;
    let current: http.ClientRequest | undefined;

    const send = (retry: boolean): void => {
      let answered = false;
      const pool = retry ? freshAgents : agents;
      const upstream = (secure ? https : http).request({ ...target, agent: secure ? pool.https : pool.http });
      current = upstream;

      upstream.on('response', (up) => {
        answered = true;
        res.status(up.statusCode ?? 502);
        for (const [name, value] of Object.entries(up.headers))
          if (!RESPONSE_DROPPED(name) && value !== undefined) res.setHeader(name, value);
        up.on('error', () => res.destroy());
        up.pipe(res);
      });
      upstream.on('timeout', () => upstream.destroy(Object.assign(new Error('upstream timeout'), { code: 'ETIMEDOUT_UPSTREAM' })));
      upstream.on('error', (e: NodeJS.ErrnoException) => {
        if (e instanceof AppError) return sendProblem(req, res, 413, e.code, e.title, e.message);
        // The pooled socket was closed by the service as it was reused (its keep-alive ran out): the
        // request never reached it, so a body-less GET/HEAD goes once more, on a new connection.
        if (retriable && !retry && !answered && upstream.reusedSocket && STALE_SOCKET.has(e.code ?? '') && !res.destroyed) {
          options.logger.info({ service, code: e.code }, 'reused upstream connection was closed, retrying once');
          return send(true);
        }
        options.logger.warn({ service, code: e.code, error: e.message }, 'upstream request failed');
        if (e.code === 'ETIMEDOUT_UPSTREAM')
          return sendProblem(req, res, 504, 'gateway_timeout', 'Gateway timeout', `The ${service} service did not answer in time`);
        if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(e.code ?? '')) {
          return sendProblem(req, res, 503, 'unavailable', 'Service unavailable', `The ${service} service is unavailable`);
        }
        sendProblem(req, res, 502, 'bad_gateway', 'Bad gateway', `The ${service} service failed to answer`);
      });

      if (retriable) {
        upstream.end();
        return;
      }
      const limit = new BodyLimit(bodyLimitBytes);
      limit.on('error', (e) => upstream.destroy(e));
      req.pipe(limit).pipe(upstream);
    };

    // The client went away: stop the upstream work too.
    res.on('close', () => {
      if (!res.writableFinished) current?.destroy();
    });
    if (retriable) req.resume();
    send(false);
  }

  return {
    forward,
    close: () => {
      for (const agent of [agents.http, agents.https, freshAgents.http, freshAgents.https]) agent.destroy();
    },
  };
}
