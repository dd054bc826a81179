/**
 * The slice of JSON Schema (OpenAPI 3.1) that zod-to-openapi writes, and a plausible value for
 * any of it: the base request each malformed case is one mutation away from, so that a wrong type
 * or a NoSQL operator is the request's only fault and validation of that very field is reached.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minItems?: number;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
}

export type Components = Record<string, JsonSchema>;

/** Follows `#/components/schemas/X` references and merges `allOf` (one level is what zod writes). */
export function resolve(schema: JsonSchema | undefined, components: Components, depth = 0): JsonSchema {
  if (!schema || depth > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve({ ...components[name], ...{ ...schema, $ref: undefined } }, components, depth + 1);
  }
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((s) => resolve(s, components, depth + 1));
    return {
      ...schema,
      allOf: undefined,
      ...Object.assign({}, ...parts),
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties ?? {}),
      required: [...new Set(parts.flatMap((p) => p.required ?? []).concat(schema.required ?? []))],
    };
  }
  return schema;
}

/** The first non-null alternative of a union (`anyOf`/`oneOf`, `type: [x, 'null']`). */
export function primary(schema: JsonSchema, components: Components): JsonSchema {
  const s = resolve(schema, components);
  const options = s.anyOf ?? s.oneOf;
  if (options?.length) {
    const choice = options.map((o) => resolve(o, components)).find((o) => o.type !== 'null') ?? options[0];
    return primary({ ...s, anyOf: undefined, oneOf: undefined, ...choice }, components);
  }
  if (Array.isArray(s.type)) return { ...s, type: s.type.find((t) => t !== 'null') ?? s.type[0] };
  return s;
}

export const typeOf = (schema: JsonSchema, components: Components): string | undefined => {
  const s = primary(schema, components);
  if (s.type) return s.type as string;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  if (s.enum?.length) return typeof s.enum[0];
  return undefined;
};

// Candidates tried, in order, against a `pattern`: the platform's patterns are ids, slugs, codes
// and phone numbers; one of these usually matches and keeps the base request valid.
const PATTERN_CANDIDATES = [
  'rennes',
  'abc',
  'sncf',
  'fr',
  'A1234',
  'M1805',
  '+33 6 12 34 56 78',
  '12:30',
  '2026-12-01',
  '#336699',
  '00000000-0000-4000-8000-000000000000',
  'a'.repeat(43),
  'x',
  '1',
  'AB',
  'ab-cd',
  '75001',
];

function sampleString(s: JsonSchema): string {
  switch (s.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'email':
      return 'fuzz@example.org';
    case 'date':
      return '2026-12-01';
    case 'date-time':
      return '2026-12-01T10:00:00.000Z';
    case 'uri':
    case 'url':
      return 'https://example.org/hook';
  }
  if (s.pattern) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(s.pattern, 'u');
    } catch {
      re = undefined;
    }
    const hit = re && PATTERN_CANDIDATES.find((c) => re.test(c) && c.length >= (s.minLength ?? 0) && c.length <= (s.maxLength ?? Infinity));
    if (hit) return hit;
  }
  const min = s.minLength ?? 1;
  const max = s.maxLength ?? Math.max(min, 8);
  return 'fuzz'.padEnd(Math.min(Math.max(min, 4), max), 'z').slice(0, max);
}

/** A plausible valid value: examples, defaults and enums first, then the required members only. */
export function sample(schema: JsonSchema | undefined, components: Components, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  const s = primary(schema, components);
  if (s.const !== undefined) return s.const;
  if (s.example !== undefined) return s.example;
  if (s.examples?.length) return s.examples[0];
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined && !(Array.isArray(s.default) && (s.minItems ?? 0) > 0)) return s.default;
  switch (typeOf(s, components)) {
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number': {
      const min = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : (s.minimum ?? 1);
      return Math.min(Math.max(min, 1), s.maximum ?? Infinity);
    }
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(s.minItems ?? 0, 0) }, () => sample(s.items, components, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = sample(s.properties?.[key], components, depth + 1);
      return out;
    }
    default:
      return 'fuzz';
  }
}

/** A field of a body schema: its path from the body's root and its schema. */
export interface Field {
  path: (string | number)[];
  schema: JsonSchema;
  required: boolean;
}

/**
 * Every property reachable from the root (objects and the first item of arrays of objects), to
 * `maxDepth` levels: the fields the mutations target. Arrays of objects are walked through index 0,
 * which the base value holds when the field is given one item.
 */
export function fieldsOf(schema: JsonSchema | undefined, components: Components, maxDepth = 3): Field[] {
  const out: Field[] = [];
  const walk = (s: JsonSchema | undefined, path: (string | number)[], depth: number) => {
    if (!s || depth > maxDepth) return;
    const p = primary(s, components);
    const kind = typeOf(p, components);
    if (kind === 'object')
      for (const [name, child] of Object.entries(p.properties ?? {})) {
        out.push({ path: [...path, name], schema: child, required: (p.required ?? []).includes(name) });
        walk(child, [...path, name], depth + 1);
      }
    if (kind === 'array' && p.items && typeOf(p.items, components) === 'object') walk(p.items, [...path, 0], depth + 1);
  };
  walk(schema, [], 1);
  return out;
}

/** The base value with every field on the way to `path` present (objects, and one array item). */
export function withPath(base: unknown, path: (string | number)[], schema: JsonSchema, components: Components): unknown {
  const root = structuredClone(base);
  let node = root as Record<string | number, unknown>;
  let s = primary(schema, components);
  for (const key of path.slice(0, -1)) {
    const child = typeof key === 'number' ? s.items : s.properties?.[key];
    const childSchema = primary(child ?? {}, components);
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
      node[key] = typeOf(childSchema, components) === 'array' ? [] : {};
      if (typeOf(childSchema, components) === 'object') Object.assign(node[key] as object, sample(childSchema, components));
    }
    if (Array.isArray(node[key]) && (node[key] as unknown[]).length === 0)
      (node[key] as unknown[]).push(sample(childSchema.items, components) ?? {});
    node = node[key] as Record<string | number, unknown>;
    s = childSchema;
  }
  return root;
}

/** Sets (or, with `undefined`, removes) the value at `path`, on a copy that has the path. */
export function setAt(base: unknown, path: (string | number)[], value: unknown, schema: JsonSchema, components: Components): unknown {
  const root = withPath(base, path, schema, components) as Record<string | number, unknown>;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}
