import http from 'node:http';
import express from 'express';
import { KEEP_ALIVE_TIMEOUT_MS, startHttpServer } from './lifecycle';

function get(port: number, agent: http.Agent, path: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res));
      })
      .on('error', reject);
  });
}

function app() {
  const a = express();
  a.get('/fast', (_req, res) => res.json({ ok: true }));
  a.get('/slow', (_req, res) => setTimeout(() => res.json({ ok: true }), 300));
  return a;
}

describe('startHttpServer', () => {
  let agent: http.Agent;
  beforeEach(() => {
    agent = new http.Agent({ keepAlive: true });
  });
  afterEach(() => agent.destroy());

  it('keeps idle connections longer than clients reuse them, headers timeout above it', async () => {
    const running = await startHttpServer(app(), 0);
    try {
      expect(running.server.keepAliveTimeout).toBe(65_000);
      expect(running.server.headersTimeout).toBeGreaterThan(KEEP_ALIVE_TIMEOUT_MS);
      const res = await get(running.port, agent, '/fast');
      expect(res.headers['keep-alive']).toBe('timeout=65');
    } finally {
      await running.close();
    }
  });

  it('closes an idle keep-alive connection at once when stopping', async () => {
    const running = await startHttpServer(app(), 0);
    await get(running.port, agent, '/fast');
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('answers a request in flight with Connection: close and stops right after it', async () => {
    const running = await startHttpServer(app(), 0);
    const started = Date.now();
    const answer = get(running.port, agent, '/slow');
    await new Promise((r) => setTimeout(r, 100));
    const closed = running.close();
    const res = await answer;
    expect(res.statusCode).toBe(200);
    expect(res.headers.connection).toBe('close');
    await closed;
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
