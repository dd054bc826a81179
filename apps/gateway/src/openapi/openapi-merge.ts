/** The parts of an OpenAPI 3.1 document the merge reads and writes. */
export interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string; description?: string; [k: string]: unknown };
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown>; [k: string]: unknown };
  tags?: { name: string; description?: string }[];
  security?: unknown[];
  [k: string]: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** `matching` → `Matching`: the prefix of that service's component names. */
const pascal = (s: string) => s.replace(/(^|[-_])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

/** Rewrites every `#/components/schemas/X` reference with `rename`. */
function renameRefs<T>(value: T, rename: (name: string) => string): T {
  return JSON.parse(JSON.stringify(value), (key, v) =>
    key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/') ? `#/components/schemas/${rename(v.slice(21))}` : v,
  ) as T;
}

/** Adds the edge's own answers (rate limit) to every operation. */
function withEdgeResponses(op: Record<string, unknown>): Record<string, unknown> {
  const responses = { ...(op.responses as Record<string, unknown>) };
  responses['429'] ??= {
    description: 'Trop de requêtes (limite de la passerelle) / too many requests (the gateway’s limit)',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  return { ...op, responses };
}

/**
 * One document for the edge: the gateway's own operations, then each service's under
 * `/api/<service>`, its component schemas namespaced (`Candidate` → `RecruitmentCandidate`) so
 * that two services' names never clash, and an operation id prefixed only where it would repeat.
 * A service's own `/openapi.json` is left out: this document replaces it at the edge.
 */
export function mergeOpenApi(own: OpenApiDoc, services: Record<string, OpenApiDoc>): OpenApiDoc {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = { ...(own.components?.schemas ?? {}) };
  const securitySchemes: Record<string, unknown> = { ...(own.components?.securitySchemes ?? {}) };
  const tags = new Map((own.tags ?? []).map((t) => [t.name, t]));
  const operationIds = new Set<string>();

  const addPath = (path: string, item: Record<string, unknown>, service?: string) => {
    const out: Record<string, unknown> = { ...(paths[path] ?? {}) };
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) {
        out[method] = op;
        continue;
      }
      const o = { ...(op as Record<string, unknown>) };
      const id = o.operationId as string | undefined;
      if (id && operationIds.has(id) && service) o.operationId = `${service}.${id}`;
      if (o.operationId) operationIds.add(o.operationId as string);
      out[method] = withEdgeResponses(o);
    }
    paths[path] = out;
  };

  for (const [path, item] of Object.entries(own.paths ?? {})) addPath(path, item);

  for (const service of Object.keys(services).sort()) {
    const prefix = pascal(service);
    const names = new Set(Object.keys(services[service].components?.schemas ?? {}));
    // The shared problem shape stays one component; the rest are the service's own.
    const rename = (name: string) => (name === 'Problem' ? 'Problem' : names.has(name) ? `${prefix}${name}` : name);
    const doc = renameRefs(services[service], rename);
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) schemas[rename(name)] ??= schema;
    Object.assign(securitySchemes, doc.components?.securitySchemes ?? {});
    for (const t of doc.tags ?? []) if (!tags.has(t.name)) tags.set(t.name, t);
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      if (path === '/openapi.json') continue;
      addPath(`/api/${service}${path}`, item, service);
    }
  }

  const opTags = new Set(
    Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => (op as { tags?: string[] }).tags ?? [])),
  );
  for (const t of opTags) if (!tags.has(t)) tags.set(t, { name: t });

  return {
    ...own,
    ...(tags.size ? { tags: [...tags.values()] } : {}),
    paths,
    components: { ...(own.components ?? {}), schemas, securitySchemes },
  };
}
