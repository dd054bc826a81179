import { generateCases, MALFORMED_PATH_SEGMENTS, type Case, type OpenApiDocument } from './openapi-cases';
import { fieldsOf, sample } from './json-schema';

const doc = (paths: OpenApiDocument['paths']): OpenApiDocument => ({
  paths,
  components: {
    schemas: {
      Place: {
        type: 'object',
        properties: { town: { type: 'string', minLength: 1 }, zip: { type: 'string', pattern: '^\\d{5}$' } },
        required: ['town'],
      },
    },
  },
});

const createThing = {
  post: {
    operationId: 'createThing',
    parameters: [{ name: 'territoryId', in: 'path' as const, required: true, schema: { type: 'string', enum: ['rennes'] } }],
    requestBody: {
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              name: { type: 'string', minLength: 2 },
              count: { type: 'integer', minimum: 3 },
              place: { $ref: '#/components/schemas/Place' },
              tags: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' } }, required: ['label'] } },
            },
            required: ['name', 'place'],
            additionalProperties: false,
          },
        },
      },
    },
  },
};

/** The value, or a failed test naming what was missing. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}
const bodyText = (c: Case | undefined) => present(present(c, 'case').body, 'body').toString();

describe('malformed requests generated from an OpenAPI document', () => {
  it('When a document gains an operation, then it gets cases without anything listed by hand', () => {
    const before = generateCases(doc({ '/v1/{territoryId}/things': createThing }));
    const after = generateCases(
      doc({
        '/v1/{territoryId}/things': createThing,
        '/v1/things': { get: { parameters: [{ name: 'status', in: 'query', schema: { type: 'string', enum: ['open'] } }] } },
      }),
    );
    expect(before.map((o) => o.label)).toEqual(['POST /v1/{territoryId}/things']);
    expect(after.map((o) => o.label)).toEqual(['POST /v1/{territoryId}/things', 'GET /v1/things']);
    const kinds = after[1].cases.map((c) => c.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'base',
        'query.status:wrong-type',
        'query.status:nosql-bracket',
        'query:every-parameter-an-operator',
        'body:unexpected-json',
      ]),
    );
    expect(after[1].cases.find((c) => c.kind === 'query.status:nosql-bracket')?.path).toBe('/v1/things?status[%24gt]=');
  });

  it('When a body has fields, then each gets a wrong type, strings a NoSQL operator and required ones go missing, from a valid base', () => {
    const [op] = generateCases(doc({ '/v1/{territoryId}/things': createThing }), { maxCasesPerOperation: 1_000 });
    expect(JSON.parse(bodyText(op.base))).toEqual({ name: 'fuzz', place: { town: 'fuzz' } });
    expect(op.base.path).toBe('/v1/rennes/things');
    const byKind = new Map(op.cases.map((c) => [c.kind, c]));
    const body = (kind: string) => JSON.parse(bodyText(byKind.get(kind)));
    expect(body('body.count:wrong-type')).toEqual({ name: 'fuzz', place: { town: 'fuzz' }, count: 'not a number' });
    expect(body('body.place.town:nosql-operator').place.town).toEqual(expect.objectContaining({}));
    expect(Object.keys(body('body.place.town:nosql-operator').place.town)[0]).toMatch(/^\$/);
    expect(body('body.place:missing')).toEqual({ name: 'fuzz' });
    expect(body('body.tags.0.label:wrong-type')).toEqual({ name: 'fuzz', place: { town: 'fuzz' }, tags: [{ label: 12345 }] });
    expect(bodyText(byKind.get('body:__proto__'))).toMatch(/^\{"__proto__":\{/);
    expect(bodyText(byKind.get('body.place:__proto__'))).toContain('"place":{"town":"fuzz","__proto__":{"polluted":true}}');
    expect(bodyText(byKind.get('body:huge')).length).toBeGreaterThan(1_000_000);
    for (const { kind } of MALFORMED_PATH_SEGMENTS) expect(byKind.has(`path.territoryId:${kind}`)).toBe(true);
    expect(present(byKind.get('body:text-plain'), 'case').headers['content-type']).toBe('text/plain');
  });

  it('When an operation takes CSV, then it gets broken CSV, a file over the limit and a JSON body instead', () => {
    const [op] = generateCases(
      doc({ '/v1/imports': { post: { requestBody: { content: { 'text/csv': { schema: { type: 'string' } } } } } } }),
    );
    const kinds = op.cases.map((c) => c.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['body:csv-unclosed-quote', 'body:csv-binary-garbage', 'body:csv-huge', 'body:csv-sent-as-json']),
    );
    expect(bodyText(op.cases.find((c) => c.kind === 'body:csv-huge')).length).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('When an operation has more cases than allowed, then every structural case stays and the per-field ones are spread', () => {
    const [all] = generateCases(doc({ '/v1/{territoryId}/things': createThing }), { maxCasesPerOperation: 1_000 });
    const [few] = generateCases(doc({ '/v1/{territoryId}/things': createThing }), { maxCasesPerOperation: 40 });
    const structural = all.cases.filter((c) => !/^body\.|^query\./.test(c.kind));
    expect(few.cases.length).toBe(Math.max(40, structural.length));
    expect(few.cases.filter((c) => !/^body\.|^query\./.test(c.kind))).toEqual(structural);
  });

  it('When a schema has patterns and formats, then the base value matches them where it can', () => {
    const components = present(doc({}).components?.schemas, 'components');
    expect(sample({ $ref: '#/components/schemas/Place' }, components)).toEqual({ town: 'fuzz' });
    expect(sample({ type: 'string', pattern: '^[A-Z]\\d{4}$' }, {})).toBe('A1234');
    expect(sample({ type: 'string', format: 'uuid' }, {})).toMatch(/^[0-9a-f-]{36}$/);
    expect(fieldsOf({ $ref: '#/components/schemas/Place' }, components).map((f) => [f.path.join('.'), f.required])).toEqual([
      ['town', true],
      ['zip', false],
    ]);
  });
});
