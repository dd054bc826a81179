import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { z } from 'zod';
import type { Permission, Principal } from '@binome/auth';
import { AppError, forbidden, unauthenticated, validationFailed, type FieldIssue } from '@binome/errors';
import type { ListResult } from './list-query';
import { runInRequestContext } from './request-context';
import { CSV_IMPORT_BODY_LIMIT } from './body-limits';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseDoc {
  description: string;
  /** The body's schema (documentation only: responses are not validated). */
  schema?: z.ZodTypeAny;
  /** Defaults to application/json (problem+json for 4xx/5xx). */
  contentType?: string;
}

export interface RouteRequest<P extends z.ZodTypeAny | undefined, Q extends z.ZodTypeAny | undefined, B extends z.ZodTypeAny | undefined> {
  params?: P;
  query?: Q;
  body?: B;
  /**
   * `csv`: the body is read as text/csv (the host parses JSON only), then validated by `body`.
   * `binary`: the body is read as bytes of any media type (an uploaded file) into a Buffer, given
   * to the handler as `body` (declare `body: z.instanceof(Buffer)`); its type is the handler's to check.
   */
  bodyType?: 'json' | 'csv' | 'binary';
  /** Limit of a csv or binary body (default 2mb; JSON bodies have the host's limit). */
  bodyLimit?: string;
}

export interface RouteSpec<
  P extends z.ZodTypeAny | undefined,
  Q extends z.ZodTypeAny | undefined,
  B extends z.ZodTypeAny | undefined,
  L extends boolean,
> {
  /** Several methods share one handler and one validation (react-admin updates with PUT, others PATCH). */
  method: HttpMethod | readonly [HttpMethod, ...HttpMethod[]];
  /** Express path (`/v1/candidates/:id`); documented as `/v1/candidates/{id}`. */
  path: string;
  operationId: string;
  /** French summary (the document's language); the English one goes to `x-summary-en`. */
  summary: string;
  summaryEn: string;
  description?: string;
  tags: string[];
  /** The route's guard, `authorize(resource, action, …)`, or 'public' for routes open to anyone. */
  access: RequestHandler | 'public';
  request?: RouteRequest<P, Q, B>;
  /** Declared responses; the first 2xx is the status of a plain returned value. Problem responses are added. */
  responses: Record<number, ResponseDoc>;
  /** The handler returns `{ items, total }`: sent as the array, total in `X-Total-Count`. */
  list?: L;
  deprecated?: boolean;
}

export interface RouteContext {
  /** The verified principal (401 on a public route, where there is none). */
  readonly principal: Principal;
  /** The decision of the route's `authorize` (403 when the route has none). */
  readonly permission: Permission;
  readonly requestId: string;
  readonly req: Request;
  readonly res: Response;
}

type Infer<S> = S extends z.ZodTypeAny ? z.infer<S> : undefined;
export interface RouteInput<P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
}

const REPLY = Symbol('reply');
export interface Reply {
  [REPLY]: true;
  status: number;
  body?: unknown;
  location?: string;
  /** Sends `body` as is with this type instead of JSON (CSV exports). */
  contentType?: string;
  headers?: Record<string, string>;
}

/** An explicit answer: another declared status, a Location, headers or a non-JSON body. */
export function reply(r: Omit<Reply, typeof REPLY>): Reply {
  return { [REPLY]: true, ...r };
}
const isReply = (v: unknown): v is Reply => typeof v === 'object' && v !== null && REPLY in v;

/** What the document generator needs of a route, recorded when it is registered. */
export interface RouteRecord {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  summaryEn: string;
  description?: string;
  tags: string[];
  public: boolean;
  request: RouteRequest<z.ZodTypeAny | undefined, z.ZodTypeAny | undefined, z.ZodTypeAny | undefined>;
  responses: Record<number, ResponseDoc>;
  list: boolean;
  deprecated: boolean;
}

const records = new WeakMap<Router, RouteRecord[]>();

/** The routes registered on `router` with `route()`, in order. */
export function routesOf(router: Router): RouteRecord[] {
  return records.get(router) ?? [];
}

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

function issuesOf(part: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: [part, ...issue.path].join('.'), message: issue.message }));
}

/** Parses params, query and body at once; every problem is reported together, each naming its field. */
function parseInput(req: Request, schemas: RouteRequest<z.ZodTypeAny | undefined, z.ZodTypeAny | undefined, z.ZodTypeAny | undefined>) {
  // A body the JSON parser did not read (another media type) must not be validated as an empty
  // object: a PUT of defaults would then succeed on a body it never saw.
  if (schemas.body && req.body === undefined && hasBody(req))
    throw new AppError('unsupported_media_type', 'Send the body as application/json');
  const issues: FieldIssue[] = [];
  const out: Record<'params' | 'query' | 'body', unknown> = { params: undefined, query: undefined, body: undefined };
  for (const part of ['params', 'query', 'body'] as const) {
    const schema = schemas[part];
    if (!schema) continue;
    const value = part === 'body' && req.body === undefined ? {} : req[part];
    const parsed = schema.safeParse(value);
    if (parsed.success) out[part] = parsed.data;
    else issues.push(...issuesOf(part, parsed.error));
  }
  if (issues.length) throw validationFailed(issues);
  return out;
}

function contextOf(req: Request, res: Response): RouteContext {
  return {
    get principal() {
      const p = res.locals.principal as Principal | undefined;
      if (!p) throw unauthenticated();
      return p;
    },
    get permission() {
      const p = res.locals.permission as Permission | undefined;
      if (!p) throw forbidden('No permission was decided for this route');
      return p;
    },
    requestId: String(req.id ?? ''),
    req,
    res,
  };
}

const firstSuccess = (responses: Record<number, ResponseDoc>) =>
  Object.keys(responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300)
    .sort((a, b) => a - b)[0] ?? 200;

function send(res: Response, result: unknown, status: number, list: boolean): void {
  if (res.headersSent) return;
  if (isReply(result)) {
    for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
    if (result.location) res.location(result.location);
    res.status(result.status);
    if (result.body === undefined) res.end();
    else if (result.contentType) res.type(result.contentType).send(result.body);
    else res.json(result.body);
    return;
  }
  if (list) {
    const { items, total } = result as ListResult<unknown>;
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count');
    res.status(status).json(items);
    return;
  }
  if (result === undefined || status === 204) res.status(status).end();
  else res.status(status).json(result);
}

/**
 * Registers one operation: its guard, the validation of params, query and body by the zod schemas
 * the handler's input is inferred from, the handler run inside the request context, the answer,
 * and a record for the OpenAPI document (`routesOf`). No route writes its own plumbing.
 */
export function route<
  P extends z.ZodTypeAny | undefined = undefined,
  Q extends z.ZodTypeAny | undefined = undefined,
  B extends z.ZodTypeAny | undefined = undefined,
  L extends boolean = false,
>(
  router: Router,
  spec: RouteSpec<P, Q, B, L>,
  handler: (input: RouteInput<P, Q, B>, ctx: RouteContext) => Promise<L extends true ? ListResult<unknown> : unknown>,
): void {
  const request = (spec.request ?? {}) as RouteRequest<z.ZodTypeAny | undefined, z.ZodTypeAny | undefined, z.ZodTypeAny | undefined>;
  const methods = (typeof spec.method === 'string' ? [spec.method] : spec.method) as readonly HttpMethod[];
  const status = firstSuccess(spec.responses);
  const list = spec.list === true;
  const csv = request.bodyType === 'csv';
  const binary = request.bodyType === 'binary';

  const chain: RequestHandler[] = [];
  if (spec.access !== 'public') chain.push(spec.access);
  // A csv or binary body is read after the guard and the query check: a refused import reads no file.
  const parts = csv || binary ? { params: request.params, query: request.query } : request;
  chain.push((req, _res, next) => {
    try {
      Object.assign(req, { validated: parseInput(req, parts) });
      next();
    } catch (e) {
      next(e);
    }
  });
  if (csv) {
    chain.push(express.text({ type: 'text/csv', limit: request.bodyLimit ?? CSV_IMPORT_BODY_LIMIT }));
    chain.push((req, _res, next) => {
      if (typeof req.body !== 'string' || !req.is('text/csv'))
        return next(new AppError('unsupported_media_type', 'Send the file as text/csv (UTF-8)'));
      try {
        const { body } = parseInput(req, { body: request.body });
        Object.assign((req as Request & { validated: Record<string, unknown> }).validated, { body: request.body ? body : req.body });
        next();
      } catch (e) {
        next(e);
      }
    });
  }
  if (binary) {
    chain.push(express.raw({ type: () => true, limit: request.bodyLimit ?? CSV_IMPORT_BODY_LIMIT }));
    chain.push((req, _res, next) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        return next(validationFailed([{ field: 'body', message: 'the file is empty' }]));
      Object.assign((req as Request & { validated: Record<string, unknown> }).validated, { body: req.body });
      next();
    });
  }
  chain.push(async (req, res, next) => {
    try {
      const input = (req as Request & { validated: RouteInput<P, Q, B> }).validated;
      const result = await runInRequestContext(req, res, () => handler(input, contextOf(req, res)));
      send(res, result, status, list);
    } catch (e) {
      next(e);
    }
  });

  for (const method of methods) router[method](spec.path, ...chain);

  const recorded = records.get(router) ?? [];
  methods.forEach((method, i) =>
    recorded.push({
      method,
      path: spec.path,
      operationId: i === 0 ? spec.operationId : `${spec.operationId}${method[0].toUpperCase()}${method.slice(1)}`,
      summary: spec.summary,
      summaryEn: spec.summaryEn,
      ...(spec.description ? { description: spec.description } : {}),
      tags: spec.tags,
      public: spec.access === 'public',
      request,
      responses: spec.responses,
      list,
      deprecated: spec.deprecated === true,
    }),
  );
  records.set(router, recorded);
}

/**
 * Does a request go to a route that reads its body as bytes (`bodyType: 'binary'`)? Built from the
 * recorded routes, so the host's JSON-only check lets uploads through and nothing else.
 */
export function rawBodyMatcher(records: readonly RouteRecord[]): (req: Request) => boolean {
  const patterns = records
    .filter((r) => r.request.bodyType === 'binary')
    .map((r) => ({ method: r.method.toUpperCase(), path: new RegExp(`^${r.path.replace(/:[A-Za-z_]+/g, '[^/]+')}/?$`) }));
  return (req) => patterns.some((p) => p.method === req.method && p.path.test(req.path));
}
