import { CSV_IMPORT_BODY_LIMIT, RESOURCE_FILE_BODY_LIMIT } from '@binome/http-server';

/** '100kb' → bytes (the format HTTP_BODY_LIMIT is validated against). */
export function bytesOf(limit: string): number {
  const m = /^(\d+)(b|kb|mb)$/.exec(limit);
  if (!m) throw new Error(`not a size: ${limit}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2] as 'b' | 'kb' | 'mb'];
}

/**
 * Routes whose owning service accepts larger bodies than HTTP_BODY_LIMIT: the edge applies the
 * service's own limit there (one constant for both), so what the service documents is what gets
 * through the gateway.
 */
const ROUTE_LIMITS: { service: string; method: string; path: RegExp; limit: string }[] = [
  { service: 'recruitment', method: 'POST', path: /^\/v1\/imports\/(candidates|volunteers)\/?$/, limit: CSV_IMPORT_BODY_LIMIT },
  { service: 'resources', method: 'POST', path: /^\/v1\/resources\/[^/]+\/files\/?$/, limit: RESOURCE_FILE_BODY_LIMIT },
];

/** The route's own body limit in bytes, or undefined for the gateway's default. */
export function bodyLimitOf(service: string, method: string, path: string): number | undefined {
  const route = ROUTE_LIMITS.find((r) => r.service === service && r.method === method && r.path.test(path));
  return route ? bytesOf(route.limit) : undefined;
}
