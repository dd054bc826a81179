import { fieldsOf, primary, resolve, sample, setAt, typeOf, type Components, type JsonSchema } from './json-schema';

/** The parts of an OpenAPI 3.1 document the generator reads. */
export interface OpenApiDocument {
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Components };
  security?: unknown[];
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OperationObject {
  operationId?: string;
  security?: unknown[];
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  deprecated?: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** One operation of the document, as the generator sees it. */
export interface Operation {
  /** `POST /v1/candidates/{id}/screening` */
  label: string;
  method: string;
  /** The document's path template (`/v1/candidates/{id}`). */
  template: string;
  public: boolean;
  bodyType: 'json' | 'csv' | 'binary' | 'none';
  cases: Case[];
  /** The request the cases are mutations of (the role probe sends it). */
  base: Case;
}

/** One request with exactly these bytes. */
export interface Case {
  kind: string;
  method: string;
  /** Path and query string, percent-encoded as sent. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface GenerateOptions {
  /** Only the paths this keeps (the gateway's own among the merged document's). */
  include?: (path: string) => boolean;
  /** Most cases per operation (the structural ones first, then fields and parameters evenly). */
  maxCasesPerOperation?: number;
  /** Bytes of the "huge" bodies, per body type: over every limit the platform has. */
  hugeBytes?: Partial<Record<'json' | 'csv' | 'binary', number>>;
}

const NOSQL_OPERATORS: readonly unknown[] = [
  { $gt: '' },
  { $where: 'sleep(1000) || true' },
  { $ne: null },
  { $regex: '.*', $options: 'si' },
  { $expr: { $eq: [1, 1] } },
  { $in: [] },
];

/** Path parameter values no route may choke on: bad percent-encoding, operators, prototype names, traversal. */
export const MALFORMED_PATH_SEGMENTS: readonly { kind: string; segment: string }[] = [
  { kind: 'bad-percent-encoding', segment: '%E0%A4%A' },
  { kind: 'lone-percent', segment: '100%' },
  { kind: 'nosql-operator', segment: encodeURIComponent('{"$gt":""}') },
  { kind: 'dollar-key', segment: '$where' },
  { kind: '__proto__', segment: '__proto__' },
  { kind: 'constructor', segment: 'constructor' },
  { kind: 'nul-byte', segment: 'a%00b' },
  { kind: 'very-long', segment: 'x'.repeat(4_000) },
  { kind: 'unicode-bidi', segment: encodeURIComponent('\u202Eevil\u0000') },
  { kind: 'encoded-traversal', segment: '..%2F..%2Fetc' },
];

const wrongTypeOf = (kind: string | undefined): unknown => {
  switch (kind) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return 'not an array';
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return { unexpected: [true] };
  }
};

const wrongQueryValue = (s: JsonSchema, components: Components): string => {
  const p = primary(s, components);
  switch (typeOf(p, components)) {
    case 'integer':
    case 'number':
      return p.enum ? 'zz' : '1e400x';
    case 'boolean':
      return 'maybe';
  }
  if (p.enum) return 'zz-not-a-value';
  if (p.format === 'uuid') return 'not-a-uuid';
  if (p.format === 'date' || p.format === 'date-time') return '2026-13-45';
  return 'x'.repeat(5_000);
};

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/** Nested `depth` times: `[[[...]]]` or `{"a":{"a":...}}`, as raw text (JSON.stringify would recurse). */
export function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

const GARBAGE_CSV: readonly { kind: string; body: Buffer }[] = [
  { kind: 'csv-binary-garbage', body: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c, 0x80, 0xc3, 0x28, 0x0a, 0x00, 0xe2, 0x82]) },
  { kind: 'csv-unclosed-quote', body: Buffer.from('firstName,lastName,email\n"Amina,"Hadid\n"open quote never closed,x,y\n') },
  { kind: 'csv-header-only', body: Buffer.from('firstName,lastName,email\r\n') },
  { kind: 'csv-unknown-columns', body: Buffer.from('foo,bar,__proto__,constructor\n1,2,3,4\n') },
  { kind: 'csv-ragged-rows', body: Buffer.from('a,b,c\n1\n1,2,3,4,5,6,7\n,,,,\n') },
  {
    kind: 'csv-many-columns',
    body: Buffer.from(`${Array.from({ length: 5_000 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(4_999)}x\n`),
  },
  { kind: 'csv-nosql-cells', body: Buffer.from('territoryId,email,firstName\n"{""$gt"":""""}","{""$where"":""1""}","$ne"\n') },
  { kind: 'csv-nul-bytes', body: Buffer.from('a,b\n\u0000,\u0000\n') },
  { kind: 'csv-too-many-rows', body: Buffer.from(`email\n${'x@example.org\n'.repeat(2_100)}`) },
  { kind: 'csv-empty', body: Buffer.alloc(0) },
  { kind: 'csv-bom-only', body: Buffer.from([0xef, 0xbb, 0xbf]) },
  { kind: 'csv-json-disguised', body: Buffer.from('{"$where":"1"}') },
];

function pathWith(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? 'x');
}

function queryString(pairs: readonly (readonly [string, string])[]): string {
  if (!pairs.length) return '';
  return (
    '?' + pairs.map(([k, v]) => `${encodeURIComponent(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(v)}`).join('&')
  );
}

/** Keeps `max` cases: every structural one, then an even spread of the per-field and per-parameter ones. */
function bounded(structural: Case[], perField: Case[], max: number): Case[] {
  const room = Math.max(max - structural.length, 0);
  if (perField.length <= room) return [...structural, ...perField];
  const step = perField.length / room;
  return [...structural, ...Array.from({ length: room }, (_, i) => perField[Math.floor(i * step)])];
}

/**
 * Every operation of the document with its malformed requests: wrong types, missing required and
 * extra fields, NoSQL-operator objects in every string field and query parameter, `__proto__` and
 * `constructor` keys, deep nesting, bodies over the limit, wrong content types, broken CSV and
 * malformed path parameters. Nothing is listed by hand: a new route is covered when it is served.
 */
export function generateCases(doc: OpenApiDocument, options: GenerateOptions = {}): Operation[] {
  const components = doc.components?.schemas ?? {};
  const max = options.maxCasesPerOperation ?? 40;
  const huge = { json: 1_100_000, csv: 2_200_000, binary: 5_300_000, ...options.hugeBytes };
  const operations: Operation[] = [];

  for (const [template, item] of Object.entries(doc.paths ?? {})) {
    if (options.include && !options.include(template)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const M = method.toUpperCase();
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const pathValues = Object.fromEntries(
        pathParams.map((p) => [p.name, encodeURIComponent(String(sample(p.schema, components) ?? 'x'))]),
      );
      const baseQuery = queryParams.filter((p) => p.required).map((p) => [p.name, String(sample(p.schema, components))] as const);
      const content = op.requestBody?.content ?? {};
      const bodyType: Operation['bodyType'] = content['text/csv']
        ? 'csv'
        : content['application/octet-stream']
          ? 'binary'
          : content['application/json']
            ? 'json'
            : 'none';
      const bodySchema = bodyType === 'json' ? resolve(content['application/json'].schema, components) : undefined;
      const baseBody = bodySchema ? sample(bodySchema, components) : undefined;
      const contentType = { json: 'application/json', csv: 'text/csv', binary: 'application/octet-stream', none: 'application/json' }[
        bodyType
      ];

      const make = (
        kind: string,
        parts: { path?: Record<string, string>; query?: readonly (readonly [string, string])[]; body?: Buffer; contentType?: string } = {},
      ): Case => {
        const body =
          'body' in parts
            ? parts.body
            : bodyType === 'json'
              ? json(baseBody)
              : bodyType === 'csv'
                ? Buffer.from('email\n')
                : bodyType === 'binary'
                  ? Buffer.from('%PDF-1.4\n')
                  : undefined;
        return {
          kind,
          method: M,
          path: pathWith(template, { ...pathValues, ...parts.path }) + queryString(parts.query ?? baseQuery),
          headers: body === undefined ? {} : { 'content-type': parts.contentType ?? contentType },
          ...(body === undefined ? {} : { body }),
        };
      };
      const base = make('base');

      const structural: Case[] = [base];
      const perField: Case[] = [];

      // Path parameters: every malformed segment in every parameter.
      for (const p of pathParams)
        for (const { kind, segment } of MALFORMED_PATH_SEGMENTS)
          structural.push(make(`path.${p.name}:${kind}`, { path: { [p.name]: segment } }));

      // Query parameters: a wrong value, a NoSQL operator (bracket syntax and JSON), repeated.
      queryParams.forEach((p, i) => {
        const others = baseQuery.filter(([k]) => k !== p.name);
        const op1 = i % 2 ? '$where' : '$gt';
        perField.push(
          make(`query.${p.name}:wrong-type`, { query: [...others, [p.name, wrongQueryValue(p.schema ?? {}, components)]] }),
          make(`query.${p.name}:nosql-bracket`, { query: [...others, [`${p.name}[${op1}]`, op1 === '$where' ? 'sleep(1000)' : '']] }),
          make(`query.${p.name}:${i % 2 ? 'nosql-json' : 'repeated'}`, {
            query:
              i % 2
                ? [...others, [p.name, JSON.stringify(NOSQL_OPERATORS[i % NOSQL_OPERATORS.length])]]
                : [...others, [p.name, 'a'], [p.name, 'b']],
          }),
        );
      });
      if (queryParams.length) {
        structural.push(
          make('query:every-parameter-an-operator', { query: queryParams.map((p) => [`${p.name}[$ne]`, ''] as const) }),
          make('query:prototype-keys', { query: [...baseQuery, ['__proto__[admin]', 'true'], ['constructor[prototype][x]', '1']] }),
        );
      }

      if (bodyType === 'json' && bodySchema) {
        const rootKind = typeOf(bodySchema, components);
        structural.push(
          make('body:empty-object', { body: json({}) }),
          make('body:array', { body: json([baseBody]) }),
          make('body:null', { body: Buffer.from('null') }),
          make('body:string', { body: json('just a string') }),
          make('body:number', { body: Buffer.from('42') }),
          make('body:malformed-json', { body: Buffer.from('{"a": 1,, }') }),
          make('body:truncated-json', { body: json(baseBody).subarray(0, Math.max(1, Math.floor(json(baseBody).length / 2))) }),
          make('body:extra-field', {
            body: json(rootKind === 'object' ? { ...(baseBody as object), unexpectedField: 'x' } : { unexpectedField: 'x' }),
          }),
          make('body:__proto__', {
            body: Buffer.from(
              JSON.stringify(baseBody ?? {})
                .replace(/^\{/, '{"__proto__":{"isAdmin":true,"territoryId":"paris"},')
                .replace(/,\}$/, '}'),
            ),
          }),
          make('body:constructor', {
            body: Buffer.from(
              JSON.stringify(baseBody ?? {})
                .replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},')
                .replace(/,\}$/, '}'),
            ),
          }),
          make('body:deep-array-nesting', { body: Buffer.from(`{"a":${deeplyNested(40_000, 'array')}}`) }),
          make('body:deep-object-nesting', { body: Buffer.from(deeplyNested(15_000, 'object')) }),
          make('body:huge', { body: Buffer.from(`{"a":"${'x'.repeat(huge.json)}"}`) }),
          make('body:text-plain', { contentType: 'text/plain', body: json(baseBody) }),
          make('body:form-urlencoded', { contentType: 'application/x-www-form-urlencoded', body: Buffer.from('a=1&__proto__[x]=1') }),
          make('body:multipart', {
            contentType: 'multipart/form-data; boundary=zz',
            body: Buffer.from('--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--zz--\r\n'),
          }),
          make('body:xml', {
            contentType: 'application/xml',
            body: Buffer.from('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'),
          }),
          make('body:json-utf16-charset', { contentType: 'application/json; charset=utf-16', body: json(baseBody) }),
          make('body:no-content-type', { contentType: '', body: json(baseBody) }),
          make('body:invalid-utf8', { body: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]) }),
        );
        for (const field of fieldsOf(bodySchema, components)) {
          const name = field.path.join('.');
          const kind = typeOf(field.schema, components);
          perField.push(
            make(`body.${name}:wrong-type`, { body: json(setAt(baseBody, field.path, wrongTypeOf(kind), bodySchema, components)) }),
          );
          if (kind === 'string') {
            const operator = NOSQL_OPERATORS[perField.length % NOSQL_OPERATORS.length];
            perField.push(
              make(`body.${name}:nosql-operator`, { body: json(setAt(baseBody, field.path, operator, bodySchema, components)) }),
            );
          }
          if (kind === 'object' && field.path.length === 1)
            perField.push(
              make(`body.${name}:__proto__`, {
                body: Buffer.from(
                  JSON.stringify(
                    setAt(baseBody, field.path, { ...(sample(field.schema, components) as object), __marker__: 1 }, bodySchema, components),
                  ).replace('"__marker__":1', '"__proto__":{"polluted":true}'),
                ),
              }),
            );
          if (field.required && field.path.length <= 2)
            perField.push(make(`body.${name}:missing`, { body: json(setAt(baseBody, field.path, undefined, bodySchema, components)) }));
        }
      } else if (bodyType === 'csv') {
        for (const { kind, body } of GARBAGE_CSV) structural.push(make(`body:${kind}`, { body }));
        structural.push(
          make('body:csv-huge', { body: Buffer.from(`email\n${'a'.repeat(huge.csv)}\n`) }),
          make('body:csv-sent-as-json', { contentType: 'application/json', body: Buffer.from('{"$where":"1"}') }),
          make('body:csv-sent-as-text-plain', { contentType: 'text/plain', body: Buffer.from('email\nx@example.org\n') }),
          make('body:csv-utf16-charset', { contentType: 'text/csv; charset=utf-16', body: Buffer.from('email\n') }),
        );
      } else if (bodyType === 'binary') {
        structural.push(
          make('body:binary-empty', { body: Buffer.alloc(0) }),
          make('body:binary-huge', { body: Buffer.alloc(huge.binary, 0x41) }),
          make('body:binary-json', { contentType: 'application/json', body: Buffer.from('{"$where":"1"}') }),
          make('body:binary-garbage-claiming-png', { contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]) }),
        );
      } else {
        // No body is expected: one anyway, malformed and with operators.
        structural.push(
          make('body:unexpected-json', { body: Buffer.from('{"$where":"1","__proto__":{"x":1}}') }),
          make('body:unexpected-malformed-json', { body: Buffer.from('{"a":') }),
        );
      }

      operations.push({
        label: `${M} ${template}`,
        method: M,
        template,
        public: Array.isArray(op.security) && op.security.length === 0,
        bodyType,
        base,
        cases: bounded(structural, perField, max),
      });
    }
  }
  return operations;
}
