import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express from 'express';
import request from 'supertest';
import pino from 'pino';
import { createProxy } from './proxy';

const logger = pino({ level: 'silent' });

interface Upstream {
  base: URL;
  /** Requests that reached the handler, by method and path. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * An upstream that answers the first request of each connection and resets the connection on the
 * second without answering: what the gateway meets when it reuses a keep-alive socket just as the
 * service closes it for idleness (`read ECONNRESET`).
 */
async function resettingUpstream(): Promise<Upstream> {
  const seen: string[] = [];
  const served = new WeakMap<Socket, number>();
  const server = http.createServer((req, res) => {
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    seen.push(`${req.method} ${req.url}`);
    if (count > 1) {
      req.socket.resetAndDestroy();
      return;
    }
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function gateway(base: URL, timeoutMs = 5_000) {
  const proxy = createProxy({ timeoutMs, bodyLimitBytes: 1024, logger });
  const app = express();
  app.use((req, res) => proxy.forward(req, res, base, req.path, 'things'));
  return { app, proxy };
}

describe('proxy', () => {
  let upstream: Upstream;
  beforeEach(async () => {
    upstream = await resettingUpstream();
  });
  afterEach(() => upstream.close());

  it('retries a GET once on a fresh connection when the reused keep-alive socket is reset', async () => {
    const { app, proxy } = gateway(upstream.base);
    try {
      await request(app).get('/things/1').expect(200);
      // The second GET goes on the pooled socket, which the upstream resets.
      const second = await request(app).get('/things/2');
      expect(second.status).toBe(200);
      expect(second.body).toEqual({ ok: true });
      expect(upstream.seen).toEqual(['GET /things/1', 'GET /things/2', 'GET /things/2']);
    } finally {
      proxy.close();
    }
  });

  it('retries a HEAD the same way', async () => {
    const { app, proxy } = gateway(upstream.base);
    try {
      await request(app).get('/things/1').expect(200);
      await request(app).head('/things/2').expect(200);
      expect(upstream.seen).toEqual(['GET /things/1', 'HEAD /things/2', 'HEAD /things/2']);
    } finally {
      proxy.close();
    }
  });

  it.each(['post', 'put', 'patch', 'delete'] as const)('never retries a %s: 502 problem+json, sent once', async (method) => {
    const { app, proxy } = gateway(upstream.base);
    try {
      await request(app).get('/things/1').expect(200);
      const res = await request(app)[method]('/things/2').send({ name: 'x' });
      expect(res.status).toBe(502);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 502, code: 'bad_gateway', instance: '/things/2' });
      expect(upstream.seen).toEqual(['GET /things/1', `${method.toUpperCase()} /things/2`]);
    } finally {
      proxy.close();
    }
  });

  it('does not retry a GET reset on a fresh connection: 502', async () => {
    const server = http.createServer((req) => req.socket.resetAndDestroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { app, proxy } = gateway(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    try {
      const res = await request(app).get('/things/1');
      expect(res.status).toBe(502);
      expect(res.body).toMatchObject({ code: 'bad_gateway' });
    } finally {
      proxy.close();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('still answers 504 when the upstream is slower than the proxy timeout', async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { app, proxy } = gateway(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), 200);
    try {
      const res = await request(app).get('/slow');
      expect(res.status).toBe(504);
      expect(res.body).toMatchObject({ code: 'gateway_timeout' });
    } finally {
      proxy.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it("closes an idle pooled socket itself before the upstream's announced keep-alive runs out", async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    server.keepAliveTimeout = 2_000; // announced as `Keep-Alive: timeout=2`
    const closedByGateway = new Promise<number>((resolve) =>
      server.on('connection', (socket: Socket) => socket.on('end', () => resolve(Date.now()))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { app, proxy } = gateway(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    try {
      await request(app).get('/things/1').expect(200);
      const answeredAt = Date.now();
      // The gateway ends the connection (the upstream sees its FIN) about 1 s before the upstream would.
      expect((await closedByGateway) - answeredAt).toBeLessThan(1_800);
    } finally {
      proxy.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
