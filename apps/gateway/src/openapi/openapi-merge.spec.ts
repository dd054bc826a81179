import { mergeOpenApi, type OpenApiDoc } from './openapi-merge';

const doc = (paths: OpenApiDoc['paths'], schemas: Record<string, unknown> = {}): OpenApiDoc => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
  components: { schemas: { Problem: { type: 'object' }, ...schemas }, securitySchemes: { keycloak: { type: 'http', scheme: 'bearer' } } },
});
const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

describe('merging the services’ OpenAPI documents at the edge', () => {
  const own = doc({ '/api/partners/webhooks': { get: { operationId: 'listWebhooks', responses: { 200: { description: 'ok' } } } } });
  const recruitment = doc(
    {
      '/v1/candidates/{id}': {
        get: {
          operationId: 'getCandidate',
          responses: {
            200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Candidate' } } } },
            404: problem,
          },
        },
      },
      '/openapi.json': { get: { operationId: 'getOpenApi', responses: { 200: { description: 'ok' } } } },
    },
    {
      Candidate: { type: 'object', properties: { status: { $ref: '#/components/schemas/Status' } } },
      Status: { type: 'string', enum: ['applied'] },
    },
  );
  const matching = doc(
    {
      '/v1/pairs/{id}': {
        get: {
          operationId: 'getCandidate',
          responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } } },
        },
      },
    },
    { Status: { type: 'string', enum: ['proposed'] } },
  );
  const merged = mergeOpenApi(own, { recruitment, matching });
  const op = (path: string) =>
    (merged.paths?.[path]?.get ?? {}) as {
      operationId: string;
      responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
    };

  it('When services are merged, then their paths are under /api/<service> and their own /openapi.json is left out', () => {
    expect(Object.keys(merged.paths ?? {}).sort()).toEqual([
      '/api/matching/v1/pairs/{id}',
      '/api/partners/webhooks',
      '/api/recruitment/v1/candidates/{id}',
    ]);
  });

  it('When two services name a schema alike, then each keeps its own, namespaced, with every reference rewritten', () => {
    const schemas = merged.components?.schemas ?? {};
    expect(schemas.RecruitmentStatus).toEqual({ type: 'string', enum: ['applied'] });
    expect(schemas.MatchingStatus).toEqual({ type: 'string', enum: ['proposed'] });
    expect(schemas.RecruitmentCandidate).toEqual({
      type: 'object',
      properties: { status: { $ref: '#/components/schemas/RecruitmentStatus' } },
    });
    expect(op('/api/matching/v1/pairs/{id}').responses['200'].content?.['application/json'].schema.$ref).toBe(
      '#/components/schemas/MatchingStatus',
    );
    expect(op('/api/recruitment/v1/candidates/{id}').responses['404'].content?.['application/problem+json'].schema.$ref).toBe(
      '#/components/schemas/Problem',
    );
    expect(Object.keys(schemas).filter((n) => n === 'Status' || n === 'Candidate')).toEqual([]);
  });

  it('When two services use the same operation id, then the second is prefixed with its service, and every operation documents the edge’s 429', () => {
    expect(op('/api/matching/v1/pairs/{id}').operationId).toBe('getCandidate');
    expect(op('/api/recruitment/v1/candidates/{id}').operationId).toBe('recruitment.getCandidate');
    for (const path of Object.keys(merged.paths ?? {})) expect(op(path).responses).toHaveProperty('429');
  });
});
