import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPENAPI } from './openapi.routes';

type Operation = { operationId?: string; summary?: string; 'x-summary-en'?: string; responses?: Record<string, unknown>; tags?: string[] };
const spec = OPENAPI as unknown as { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
const ROOT = path.resolve(__dirname, '../../../..');

/** `router.<method>('<path>'` in a service's *.routes.ts files, as (METHOD, /api/<service><path>). */
function serviceRoutes(service: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) =>
    fs.readdirSync(dir, { withFileTypes: true }).forEach((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.routes.ts')) files.push(full);
    });
  walk(path.join(ROOT, 'apps', service, 'src'));
  return files.flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(/router\.(get|post|put|patch|delete)\(\s*'([^']+)'/g)].map(
      ([, method, p]) => `${method.toUpperCase()} /api/${service}${p.replace(/:(\w+)/g, '{$1}')}`,
    ),
  );
}

const documented = new Set(Object.entries(spec.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)));

describe('the OpenAPI document', () => {
  it('When it is read, then it is OpenAPI 3.1 and every operation has an id, a French and an English summary and responses', () => {
    expect(spec.openapi).toBe('3.1.0');
    const ops = Object.values(spec.paths).flatMap((o) => Object.values(o));
    expect(ops.filter((o) => !o.operationId || !o.summary || !o['x-summary-en'] || !o.responses).map((o) => o.operationId)).toEqual([]);
    const ids = ops.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('When a schema is referenced, then it exists in components', () => {
    const refs = [...JSON.stringify(spec).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.filter((r) => !(r in spec.components.schemas))).toEqual([]);
  });

  it.each(['recruitment', 'impact'])('When %s declares a REST route, then the public document describes it under /api/<service>', (service) => {
    const routes = serviceRoutes(service);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });
});
