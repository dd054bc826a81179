import request from 'supertest';
import { z } from 'zod';
import pino from 'pino';
import { gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { AppError } from '@binome/errors';
import { sendRaw } from '@binome/testing';
import { createHttpApp, route } from './index';

/** What the driver throws when no connection of the pool frees up in time (the class is not exported; it is matched by its name). */
class WaitQueueTimeout extends mongoose.mongo.MongoDriverError {
  override get name(): string {
    return 'MongoWaitQueueTimeoutError';
  }
}

const logger = pino({ level: 'silent' });
const Body = z.object({ name: z.string().min(1), level: z.enum(['A1', 'A2', 'B1']), nested: z.object({ ok: z.literal(true) }) });

function app() {
  return createHttpApp({
    logger,
    bodyLimit: '1kb',
    readiness: { db: async () => true, broker: async () => false },
    routes: (a) => {
      route(
        a.router,
        {
          method: 'post',
          path: '/things',
          operationId: 'addThing',
          summary: 'Ajouter',
          summaryEn: 'Add',
          tags: [],
          access: 'public',
          request: { body: Body },
          responses: { 201: { description: 'ok' } },
        },
        async ({ body }) => body,
      );
      route(
        a.router,
        {
          method: 'get',
          path: '/things/:id',
          operationId: 'getThing',
          summary: 'Lire',
          summaryEn: 'Read',
          tags: [],
          access: 'public',
          request: { params: z.object({ id: z.string().uuid() }) },
          responses: { 200: { description: 'ok' } },
        },
        async ({ params }) => params,
      );
      a.get('/records', (_req, res) => {
        res.json([{ _id: 'c-1', name: 'A', items: [{ _id: 's-1' }] }, { _id: 'c-2', id: 'kept' }, { plain: true }]);
      });
      a.get('/conflict', () => {
        throw new AppError('conflict', 'Already there');
      });
      a.get('/db-down', (req) => {
        // What the driver and mongoose throw while the database is stopped.
        if (req.query.kind === 'network') throw new mongoose.mongo.MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27027');
        // A saturated engine or pool, under connectMongo's bounds (socketTimeoutMS, waitQueueTimeoutMS).
        if (req.query.kind === 'socket-timeout')
          throw new mongoose.mongo.MongoNetworkTimeoutError('connection 7 to 127.0.0.1:27027 timed out');
        if (req.query.kind === 'pool') throw new WaitQueueTimeout('Timed out while checking out a connection from connection pool');
        throw new mongoose.Error('Operation `candidates.findOne()` buffering timed out after 10000ms');
      });
      a.get('/boom', () => {
        throw new Error('secret internal detail');
      });
    },
  });
}

/** Exact bytes over node:http (supertest re-encodes the Buffers it is given). */
async function postRaw(headers: Record<string, string>, body: Buffer) {
  const server = app().listen(0);
  try {
    const { port } = server.address() as { port: number };
    return await sendRaw(`http://127.0.0.1:${port}/things`, 'POST', headers, body);
  } finally {
    server.close();
  }
}

describe('createHttpApp', () => {
  it('When a record stored with _id is sent, then it also carries id (react-admin), nested ones too, and an existing id is kept', async () => {
    const res = await request(app()).get('/records');
    expect(res.body).toEqual([
      { id: 'c-1', _id: 'c-1', name: 'A', items: [{ id: 's-1', _id: 's-1' }] },
      { _id: 'c-2', id: 'kept' },
      { plain: true },
    ]);
  });

  it('When the body is valid, then the handler gets the parsed input', async () => {
    const res = await request(app())
      .post('/things')
      .send({ name: 'x', level: 'A2', nested: { ok: true } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ name: 'x', level: 'A2', nested: { ok: true } });
  });

  it.each([
    ['a missing field', { level: 'A2', nested: { ok: true } }, 'body.name'],
    ['a wrong type', { name: 3, level: 'A2', nested: { ok: true } }, 'body.name'],
    ['an unknown enum value', { name: 'x', level: 'Z9', nested: { ok: true } }, 'body.level'],
    ['a nested field', { name: 'x', level: 'A2', nested: { ok: false } }, 'body.nested.ok'],
  ])('When the body has %s, then 400 problem+json names the field', async (_case, body, field) => {
    const res = await request(app()).post('/things').send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When the body is not JSON, then 400 malformed_body', async () => {
    const res = await request(app()).post('/things').set('content-type', 'application/json').send('{"name":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_body');
  });

  it('When the body is too large, then 413 naming the body', async () => {
    const res = await request(app())
      .post('/things')
      .send({ name: 'x'.repeat(5000), level: 'A2', nested: { ok: true } });
    expect(res.status).toBe(413);
    expect(res.body.errors[0].field).toBe('body');
  });

  it.each([
    ['gzip', Buffer.from('\x1f\x8b\x08\x00garbage', 'latin1')],
    ['gzip', gzipSync(Buffer.from('{"name":"x","level":"A2","nested":{"ok":true}}')).subarray(0, 12)],
    ['deflate', Buffer.from('garbage')],
    ['br', Buffer.from('garbage')],
  ])('When a %s body is not valid compressed data, then 400 malformed_body naming the body, not 500', async (encoding, bytes) => {
    const res = await postRaw({ 'content-type': 'application/json', 'content-encoding': encoding }, bytes);
    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'malformed_body',
      errors: [{ field: 'body', message: 'the body is not valid data for its Content-Encoding' }],
    });
  });

  it('When a body is valid gzip, then it is decompressed and validated as usual', async () => {
    const body = gzipSync(Buffer.from(JSON.stringify({ name: 'x', level: 'A2', nested: { ok: true } })));
    const res = await postRaw({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, body);
    expect(res.status).toBe(201);
  });

  it('When the Content-Encoding is one the service does not decode, then 415 naming the header', async () => {
    const res = await postRaw({ 'content-type': 'application/json', 'content-encoding': 'compress' }, Buffer.from('{}'));
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'unsupported_media_type', errors: [{ field: 'headers.content-encoding' }] });
  });

  it('When the body is form-encoded, then 415', async () => {
    const res = await request(app()).post('/things').type('form').send('name=x');
    expect(res.status).toBe(415);
  });

  it('When a handler throws an AppError, then its status and code are returned', async () => {
    const res = await request(app()).get('/conflict');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'conflict', detail: 'Already there', status: 409, instance: '/conflict' });
  });

  it('When a handler throws anything else, then 500 without internal details', async () => {
    const res = await request(app()).get('/boom');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('secret');
  });

  it.each(['network', 'selection', 'buffering', 'socket-timeout', 'pool'])(
    'When the database is unreachable (%s error), then 503 problem+json with Retry-After, not a 500',
    async (kind) => {
      const res = await request(app()).get(`/db-down?kind=${kind}`);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ code: 'unavailable', status: 503 });
      expect(JSON.stringify(res.body)).not.toContain('27027');
    },
  );

  it('When a dependency is known to be down, then requests get 503 at once, while /healthz and /readyz still answer', async () => {
    let down: string | undefined = 'database';
    const a = createHttpApp({
      logger,
      unavailable: () => down,
      readiness: { database: async () => down === undefined },
      routes: (r) => {
        // Would hang as long as the database is away.
        r.get('/slow', () => new Promise(() => undefined));
        r.get('/fine', (_req, res) => void res.json({ ok: true }));
      },
    });
    const t0 = Date.now();
    const res = await request(a).get('/slow');
    expect(res.status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(res.body).toMatchObject({ code: 'unavailable' });
    expect(res.headers['retry-after']).toBe('5');
    expect((await request(a).get('/healthz')).status).toBe(200);
    expect((await request(a).get('/readyz')).status).toBe(503);
    down = undefined;
    expect((await request(a).get('/fine')).status).toBe(200);
  });

  it('When a path parameter is not valid percent-encoding, then 400 problem+json naming the parameters, not a 500', async () => {
    for (const path of ['/things/%E0%A4%A', '/things/100%', '/things/%zz']) {
      const res = await request(app()).get(path);
      expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
        path,
        status: 400,
        type: expect.stringContaining('application/problem+json'),
      });
      expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'params', message: 'not valid percent-encoding' }] });
    }
  });

  it('When a route does not exist, then 404 problem+json', async () => {
    const res = await request(app()).get('/nope');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('When a dependency is down, then /readyz is 503 and names it while /healthz stays 200', async () => {
    const a = app();
    expect((await request(a).get('/healthz')).status).toBe(200);
    const ready = await request(a).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toEqual({ db: true, broker: false });
  });

  it('When any response is sent, then security headers and a request id are set', async () => {
    const res = await request(app()).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
