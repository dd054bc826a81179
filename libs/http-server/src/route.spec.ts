import request from 'supertest';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import pino from 'pino';
import {
  createHttpApp,
  currentRequestId,
  listQuery,
  openApiDocument,
  rawBodyMatcher,
  reply,
  requestContext,
  route,
  routesOf,
  searchShape,
} from './index';

const logger = pino({ level: 'silent' });
const Params = z.object({ id: z.string().uuid() });
const Body = z.object({ name: z.string().min(1), level: z.enum(['A1', 'A2']) }).strict();
const ListQuery = listQuery(['name', 'createdAt'], z.string().uuid(), { status: z.enum(['open', 'closed']).optional(), ...searchShape });
const ID = '7d7f2c1e-4a43-4b1a-9f55-0d3f3c0b2a11';

/** Stands in for `authorize(...)`: lets through requests carrying `x-allow`. */
const guard: RequestHandler = (req, res, next) => {
  if (!req.headers['x-allow']) return next(Object.assign(new Error('x'), {}));
  res.locals.principal = { subject: 'u-1' };
  res.locals.permission = { allowed: true, scope: 'own-territory', scopes: ['own-territory'] };
  next();
};

function build(onWrite = jest.fn()) {
  const router = Router();
  route(
    router,
    {
      method: 'post',
      path: '/v1/things/:id/notes',
      operationId: 'addNote',
      summary: 'Ajouter une note',
      summaryEn: 'Add a note',
      tags: ['things'],
      access: 'public',
      request: { params: Params, body: Body },
      responses: { 201: { description: 'Créée / created' }, 409: { description: 'Déjà là / already there' } },
    },
    async ({ params, body }) => {
      // The input types come from the schemas: a misspelt field does not compile.
      // @ts-expect-error `nme` is not in Body
      void body.nme;
      return { thingId: params.id, name: body.name.toUpperCase(), level: body.level, requestId: currentRequestId() };
    },
  );
  route(
    router,
    {
      method: ['patch', 'put'],
      path: '/v1/things/:id',
      operationId: 'updateThing',
      summary: 'Modifier',
      summaryEn: 'Update',
      tags: ['things'],
      access: guard,
      request: { params: Params, body: Body.partial() },
      responses: { 200: { description: 'ok' } },
    },
    async ({ params, body }, ctx) => {
      // The context holds the same principal and permission, for code the route does not call directly.
      expect(requestContext()?.principal).toBe(ctx.principal);
      expect(requestContext()?.permission).toBe(ctx.permission);
      expect(requestContext()?.requestId).toBe(ctx.requestId);
      return reply({ status: 200, body: { id: params.id, ...body, by: ctx.principal.subject }, location: `/v1/things/${params.id}` });
    },
  );
  route(
    router,
    {
      method: 'get',
      path: '/v1/things',
      operationId: 'listThings',
      summary: 'Lister',
      summaryEn: 'List',
      tags: ['things'],
      access: 'public',
      request: { query: ListQuery },
      responses: { 200: { description: 'ok', schema: z.object({ id: z.string() }) } },
      list: true,
    },
    async ({ query }) => ({ items: (query.id ?? ['a']).map((id) => ({ id })), total: 42 }),
  );
  route(
    router,
    {
      method: 'delete',
      path: '/v1/things/:id',
      operationId: 'deleteThing',
      summary: 'Supprimer',
      summaryEn: 'Delete',
      tags: ['things'],
      access: 'public',
      request: { params: Params },
      responses: { 204: { description: 'ok' } },
    },
    async () => undefined,
  );
  route(
    router,
    {
      method: 'post',
      path: '/v1/imports',
      operationId: 'importThings',
      summary: 'Importer',
      summaryEn: 'Import',
      tags: ['things'],
      access: 'public',
      request: { body: z.string().min(1), bodyType: 'csv', bodyLimit: '1kb' },
      responses: { 200: { description: 'ok' } },
    },
    async ({ body }) => ({ lines: body.split('\n').length, requestId: currentRequestId() }),
  );
  const app = createHttpApp({ logger, onWrite, routes: (a) => a.use(router) });
  return { app, router, onWrite };
}

describe('route()', () => {
  it('When the input is valid, then the handler gets it parsed and its value is sent with the first 2xx declared', async () => {
    const res = await request(build().app).post(`/v1/things/${ID}/notes`).send({ name: 'ada', level: 'A2' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ thingId: ID, name: 'ADA', level: 'A2' });
  });

  it('When params and body are both wrong, then one 400 names every field', async () => {
    const res = await request(build().app).post('/v1/things/nope/notes').send({ level: 'Z9', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body', 'body.level', 'body.name', 'params.id']);
  });

  it('When the handler runs, then the request id of pino-http is in the context, also after the JSON body was read', async () => {
    const res = await request(build().app)
      .post(`/v1/things/${ID}/notes`)
      .set('x-request-id', 'req-12345678')
      .send({ name: 'a', level: 'A1' });
    expect(res.body.requestId).toBe('req-12345678');
    const csv = await request(build().app).post('/v1/imports').set('x-request-id', 'req-87654321').type('text/csv').send('a\nb');
    expect(csv.body).toEqual({ lines: 2, requestId: 'req-87654321' });
  });

  it('When no request is running, then there is no request id', () => {
    expect(currentRequestId()).toBeUndefined();
  });

  it('When a route declares PATCH and PUT, then both run the same handler and validation, and an explicit reply sets its Location', async () => {
    const { app } = build();
    for (const method of ['patch', 'put'] as const) {
      const ok = await request(app)[method](`/v1/things/${ID}`).set('x-allow', '1').send({ name: 'x' });
      expect(ok.status).toBe(200);
      expect(ok.headers.location).toBe(`/v1/things/${ID}`);
      expect(ok.body).toEqual({ id: ID, name: 'x', by: 'u-1' });
      expect((await request(app)[method](`/v1/things/${ID}`).set('x-allow', '1').send({ level: 'Z' })).status).toBe(400);
    }
  });

  it('When the guard refuses, then the handler does not run', async () => {
    const res = await request(build().app).put(`/v1/things/${ID}`).send({ name: 'x' });
    expect(res.status).toBe(500);
  });

  it('When a list route answers, then the body is the array and the total is in X-Total-Count, exposed to the console', async () => {
    const res = await request(build().app).get(`/v1/things?id=${ID}&id=${ID.replace('1', '2')}&_start=0&_end=10&_sort=name&_order=DESC`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: ID }, { id: ID.replace('1', '2') }]);
    expect(res.headers['x-total-count']).toBe('42');
    expect(res.headers['access-control-expose-headers']).toBe('X-Total-Count');
  });

  it.each([
    ['more than 100 rows', '_start=0&_end=101', 'query._end'],
    ['an unknown sort field', '_sort=secret', 'query._sort'],
    ['an unknown parameter', 'where=1', 'query'],
    ['an id that is not one', 'id=1', 'query.id.0'],
  ])('When a list is asked for %s, then 400 names the field', async (_c, qs, field) => {
    const res = await request(build().app).get(`/v1/things?${qs}`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When a route declares 204 and returns nothing, then 204 without a body', async () => {
    const res = await request(build().app).delete(`/v1/things/${ID}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });

  it('When a csv route gets JSON, then 415; too large, then 413', async () => {
    const { app } = build();
    expect((await request(app).post('/v1/imports').send({ a: 1 })).status).toBe(415);
    expect((await request(app).post('/v1/imports').type('text/csv').send('x'.repeat(2000))).status).toBe(413);
  });

  it('When a write succeeds, then the host is told once; a refused write or a read tells nothing', async () => {
    const { app, onWrite } = build();
    await request(app).post(`/v1/things/${ID}/notes`).send({ name: 'a', level: 'A1' });
    await new Promise((r) => setImmediate(r));
    expect(onWrite).toHaveBeenCalledTimes(1);
    await request(app).post(`/v1/things/${ID}/notes`).send({});
    await request(app).get('/v1/things');
    await request(app).delete(`/v1/things/${ID}`);
    await new Promise((r) => setImmediate(r));
    expect(onWrite).toHaveBeenCalledTimes(2);
  });
});

describe('openApiDocument()', () => {
  type Op = {
    operationId: string;
    summary: string;
    'x-summary-en': string;
    security?: unknown[];
    parameters?: { name: string; in: string; schema: { type?: string; enum?: string[] } }[];
    requestBody?: { content: Record<string, unknown> };
    responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
  };
  const doc = () =>
    openApiDocument(routesOf(build().router), { title: 't', prefix: '/api/x' }) as unknown as {
      openapi: string;
      paths: Record<string, Record<string, Op>>;
      components: { schemas: Record<string, unknown> };
    };

  it('When routes are registered, then each is documented at its path with {params}, its summaries and both methods of an update', () => {
    const d = doc();
    expect(d.openapi).toBe('3.1.0');
    expect(Object.keys(d.paths).sort()).toEqual([
      '/api/x/v1/imports',
      '/api/x/v1/things',
      '/api/x/v1/things/{id}',
      '/api/x/v1/things/{id}/notes',
    ]);
    expect(Object.keys(d.paths['/api/x/v1/things/{id}']).sort()).toEqual(['delete', 'patch', 'put']);
    const add = d.paths['/api/x/v1/things/{id}/notes'].post;
    expect(add).toMatchObject({ operationId: 'addNote', summary: 'Ajouter une note', 'x-summary-en': 'Add a note', security: [] });
    expect(d.paths['/api/x/v1/things/{id}'].put.operationId).toBe('updateThingPut');
  });

  it('When a route has schemas and a guard, then parameters, body and the problem responses are documented', () => {
    const d = doc();
    const add = d.paths['/api/x/v1/things/{id}/notes'].post;
    expect(add.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id']);
    expect(Object.keys(add.requestBody?.content ?? {})).toEqual(['application/json']);
    expect(Object.keys(add.responses).sort()).toEqual(['201', '400', '404', '409', '413', '415']);
    expect(add.responses['409'].content).toHaveProperty(['application/problem+json']);
    const put = d.paths['/api/x/v1/things/{id}'].put;
    expect(Object.keys(put.responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(put.security).toBeUndefined();
    const list = d.paths['/api/x/v1/things'].get;
    expect(list.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['_start', '_end', '_sort', '_order', 'page', 'perPage', 'id', 'q', 'status']),
    );
    expect(list.parameters?.find((p) => p.name === '_sort')?.schema.enum).toEqual(['name', 'createdAt', 'id']);
    expect(list.responses['200'].headers).toHaveProperty('X-Total-Count');
    expect(Object.keys(d.paths['/api/x/v1/imports'].post.requestBody?.content ?? {})).toEqual(['text/csv']);
    expect(d.components.schemas).toHaveProperty('Problem');
  });
});

describe("route() with bodyType 'binary'", () => {
  function binaryApp() {
    const router = Router();
    route(
      router,
      {
        method: 'post',
        path: '/v1/things/:id/files',
        operationId: 'uploadThingFile',
        summary: 'Déposer',
        summaryEn: 'Upload',
        tags: ['things'],
        access: 'public',
        request: { params: z.object({ id: z.string() }), body: z.instanceof(Buffer), bodyType: 'binary', bodyLimit: '1kb' },
        responses: { 201: { description: 'ok' } },
      },
      async ({ params, body }, { req }) => ({ id: params.id, size: body.length, type: req.headers['content-type'], first: body[0] }),
    );
    let matcher: ReturnType<typeof rawBodyMatcher> | undefined;
    const app = createHttpApp({
      logger: pino({ level: 'silent' }),
      acceptsRawBody: (req) => (matcher ??= rawBodyMatcher(routesOf(router)))(req),
      routes: (a) => a.use(router),
    });
    return app;
  }

  it('When bytes of any type are posted to a binary route, then the handler gets them as a Buffer; over the limit 413; elsewhere the JSON-only rule still holds', async () => {
    const app = binaryApp();
    const ok = await request(app).post('/v1/things/t1/files').set('content-type', 'application/pdf').send(Buffer.from('%PDF-1.4'));
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({ id: 't1', size: 8, type: 'application/pdf', first: 0x25 });
    const big = await request(app).post('/v1/things/t1/files').set('content-type', 'application/pdf').send(Buffer.alloc(2048));
    expect(big.status).toBe(413);
    const elsewhere = await request(app).post('/v1/things/t1/other').set('content-type', 'application/pdf').send(Buffer.from('%PDF'));
    expect(elsewhere.status).toBe(415);
    const empty = await request(app).post('/v1/things/t1/files').set('content-type', 'application/pdf').send(Buffer.alloc(0));
    expect({ status: empty.status, field: empty.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'body' });
  });

  it('When the document is generated, then the binary body is documented as application/octet-stream', () => {
    const router = Router();
    route(
      router,
      {
        method: 'post',
        path: '/v1/files',
        operationId: 'upload',
        summary: 'Déposer',
        summaryEn: 'Upload',
        tags: ['files'],
        access: 'public',
        request: { body: z.instanceof(Buffer), bodyType: 'binary' },
        responses: { 201: { description: 'ok' } },
      },
      async () => ({}),
    );
    const doc = openApiDocument(routesOf(router), { title: 'test' }) as {
      paths: Record<string, { post: { requestBody: { content: object } } }>;
    };
    expect(doc.paths['/v1/files'].post.requestBody.content).toEqual({
      'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
    });
  });
});
