import './zod-openapi';
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import type { Router } from 'express';
import { route, type ResponseDoc, type RouteRecord } from './route';
export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

export interface OpenApiInfo {
  title: string;
  version?: string;
  description?: string;
  /** Prepended to every path (a router mounted under `/api/partners`). */
  prefix?: string;
  tags?: { name: string; description?: string }[];
}

/** RFC 9457 problem details as every service sends them (`libs/http-server/src/problem.ts`). */
const Problem = z
  .object({
    type: z.string(),
    status: z.number().int(),
    instance: z.string().optional(),
    code: z.string(),
    title: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string().openapi({ example: 'body.consent.dataProcessing' }), message: z.string() })).optional(),
  })
  .openapi('Problem');

const PROBLEMS: Record<number, string> = {
  400: 'Requête invalide : chaque problème nomme son champ / invalid request: each problem names its field',
  401: 'Jeton absent ou invalide / missing or invalid token',
  403: "Hors de la portée de l'appelant / outside the caller's reach",
  404: 'Introuvable dans la portée de l’appelant / not found within the caller’s reach',
  409: 'Conflit (état, doublon, règle) / conflict (state, duplicate, rule)',
  413: 'Corps trop volumineux / body too large',
  415: 'Type de contenu non accepté / unsupported content type',
  429: 'Trop de requêtes / too many requests',
};

export const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The problem responses a route can give, from its guard and its schemas. */
/** `z.object({}).strict()`: a route that refuses any body (a DELETE) documents none. */
const documentedBody = (r: RouteRecord) => {
  const { body } = r.request;
  return body instanceof z.ZodObject && Object.keys(body.shape).length === 0 ? undefined : body;
};

function problemStatuses(r: RouteRecord): number[] {
  const out = new Set<number>();
  const { params, query } = r.request;
  const body = documentedBody(r);
  if (params || query || body) out.add(400);
  if (!r.public) out.add(401).add(403);
  if (params) out.add(404);
  if (body) out.add(413).add(415);
  for (const s of Object.keys(r.responses).map(Number)) if (s >= 400) out.add(s);
  return [...out].sort((a, b) => a - b);
}

/** Undeclared bodies: any JSON object (or a page of them), or text for other types. */
const defaultSchema = (r: RouteRecord, doc: ResponseDoc) =>
  doc.contentType && !doc.contentType.includes('json')
    ? z.string()
    : r.list
      ? z.array(z.object({}).passthrough())
      : z.object({}).passthrough();

function responsesOf(r: RouteRecord): Record<string, ResponseConfig> {
  const out: Record<string, ResponseConfig> = {};
  for (const [code, doc] of Object.entries(r.responses)) {
    const status = Number(code);
    if (status >= 400) continue;
    const schema = doc.schema && r.list && status < 300 ? z.array(doc.schema) : doc.schema;
    out[code] = {
      description: doc.description,
      ...(r.list && status < 300
        ? { headers: { 'X-Total-Count': { description: 'Nombre total de lignes / total rows', schema: { type: 'integer' } } } }
        : {}),
      ...(status === 204 ? {} : { content: { [doc.contentType ?? 'application/json']: { schema: schema ?? defaultSchema(r, doc) } } }),
    };
  }
  for (const status of problemStatuses(r)) {
    out[status] = {
      description: r.responses[status]?.description ?? PROBLEMS[status] ?? 'Problème / problem',
      content: { 'application/problem+json': { schema: Problem } },
    };
  }
  return out;
}

function routeConfig(r: RouteRecord, prefix: string): RouteConfig {
  const { params, query, bodyType } = r.request;
  const body = documentedBody(r);
  const content =
    bodyType === 'binary'
      ? { 'application/octet-stream': { schema: { type: 'string' as const, format: 'binary' } } }
      : body
        ? { [bodyType === 'csv' ? 'text/csv' : 'application/json']: { schema: body } }
        : undefined;
  return {
    method: r.method,
    path: `${prefix}${toOpenApiPath(r.path)}`,
    operationId: r.operationId,
    summary: r.summary,
    'x-summary-en': r.summaryEn,
    ...(r.description ? { description: r.description } : {}),
    tags: r.tags,
    ...(r.deprecated ? { deprecated: true } : {}),
    ...(r.public ? { security: [] } : {}),
    request: {
      ...(params ? { params: params as never } : {}),
      ...(query ? { query: query as never } : {}),
      ...(content ? { body: { required: true, content } } : {}),
    },
    responses: responsesOf(r),
  };
}

/**
 * The OpenAPI 3.1 document of the routes a service registered with `route()`, generated from the
 * same zod schemas that validate the requests, so the document cannot drift from what is served.
 */
export function openApiDocument(routes: readonly RouteRecord[], info: OpenApiInfo): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registry.register('Problem', Problem);
  registry.registerComponent('securitySchemes', 'keycloak', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "Jeton d'accès Keycloak (realm du territoire, `national` ou `partners`), audience `binome-api` / Keycloak access token",
  });
  for (const r of routes) registry.registerPath(routeConfig(r, info.prefix ?? ''));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: info.title, version: info.version ?? '1.0.0', ...(info.description ? { description: info.description } : {}) },
    security: [{ keycloak: [] }],
    ...(info.tags ? { tags: info.tags } : {}),
  });
}

/**
 * `GET /openapi.json` (public), the document `build` returns: every service serves its own
 * (service-host), the gateway the merged one.
 */
export function openApiRoute(router: Router, build: () => unknown): void {
  route(
    router,
    {
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApi',
      summary: 'Ce document OpenAPI',
      summaryEn: 'This OpenAPI document',
      tags: ['documentation'],
      access: 'public',
      responses: { 200: { description: 'OpenAPI 3.1' } },
    },
    async () => build(),
  );
}
