import type { Express } from 'express';

/** The parts of express 5's router layers (package `router` 2.x) that a route listing needs. */
interface Layer {
  rawPath?: string | RegExp | (string | RegExp)[];
  route?: { path: string | RegExp | (string | RegExp)[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

const asPaths = (p: Layer['rawPath']): string[] => {
  if (p === undefined) return [''];
  return (Array.isArray(p) ? p : [p]).map((x) => (x instanceof RegExp ? x.source : x));
};

const join = (prefix: string, path: string) => {
  const joined = `${prefix.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
};

function walk(stack: readonly Layer[], prefix: string, out: { method: string; path: string }[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter((m) => layer.route?.methods[m] && m !== '_all');
      for (const path of asPaths(layer.route.path))
        for (const m of methods) out.push({ method: m.toUpperCase(), path: join(prefix, path) });
    } else if (layer.handle?.stack) {
      // A mounted router (`app.use('/partners', router)`): its routes live under the mount path.
      for (const mount of asPaths(layer.rawPath)) walk(layer.handle.stack, join(prefix, mount), out);
    }
  }
}

/**
 * Every route an express 5 app serves, as `{method, path}` with express' own path syntax
 * (`/v1/pairs/:id`), walking `app.router.stack` and the stacks of the routers mounted in it.
 * Tests derive their cases from it, so a route added later is covered without editing them.
 */
export function expressRoutes(app: Express): { method: string; path: string }[] {
  const router = (app as unknown as { router?: { stack: Layer[] } }).router;
  if (!router) throw new Error('expressRoutes expects an express 5 application (app.router)');
  const out: { method: string; path: string }[] = [];
  walk(router.stack, '', out);
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
