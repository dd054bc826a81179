interface Operation {
  parameters?: { in?: string; name?: string }[];
}
export interface CoverageDocument {
  paths?: Record<string, Record<string, Operation | unknown> | undefined>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
/** `/v1/pairs/:id` → `/v1/pairs/{id}`. */
const template = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const pathParams = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * What is wrong between the routes an app answers and its OpenAPI document: a route absent from
 * the document (or there under another method), or documented with other path parameters than
 * its path names, or an operation documented that nothing serves. Empty when every route is documented as served.
 */
export function undocumentedRoutes(
  routes: readonly { method: string; path: string }[],
  document: CoverageDocument,
  options: {
    ignore?: readonly string[];
    /** false where the document also describes operations served elsewhere (the gateway's merged document). */
    servedAsDocumented?: boolean;
  } = {},
): string[] {
  const problems: string[] = [];
  for (const r of routes) {
    if (options.ignore?.includes(r.path)) continue;
    const path = template(r.path);
    const op = document.paths?.[path]?.[r.method.toLowerCase()] as Operation | undefined;
    if (!op) {
      const other = Object.keys(document.paths?.[path] ?? {}).filter((m) => METHODS.has(m));
      problems.push(`${r.method} ${path}: not documented${other.length ? ` (documented: ${other.join(', ').toUpperCase()})` : ''}`);
      continue;
    }
    const documented = (op.parameters ?? [])
      .filter((p) => p.in === 'path')
      .map((p) => String(p.name))
      .sort();
    const expected = pathParams(path);
    if (documented.join(',') !== expected.join(',')) {
      problems.push(`${r.method} ${path}: path parameters documented as [${documented.join(', ')}], served as [${expected.join(', ')}]`);
    }
  }
  if (options.servedAsDocumented === false) return problems;
  const served = new Set(routes.map((r) => `${r.method.toLowerCase()} ${template(r.path)}`));
  for (const [path, ops] of Object.entries(document.paths ?? {})) {
    for (const method of Object.keys(ops ?? {}).filter((m) => METHODS.has(m))) {
      if (!served.has(`${method} ${path}`)) problems.push(`${method.toUpperCase()} ${path}: documented but not served`);
    }
  }
  return problems;
}
