import { execFileSync } from 'node:child_process';
import type { LookupAddress } from 'node:dns';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { checkTarget, type Resolver } from './target-guard';
import { createWebhookTransport } from './webhook-transport';

interface Hit {
  host: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
  servername?: string | false | null;
}

function record(hits: Hit[]) {
  return (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push({
        host: req.headers.host,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        servername: (req.socket as TLSSocket).servername,
      });
      res.writeHead(204).end();
    });
  };
}

async function listen(server: Server, host: string, port = 0): Promise<number> {
  await new Promise<void>((ok, ko) => server.once('error', ko).listen(port, host, () => ok()));
  return (server.address() as AddressInfo).port;
}

const close = (s: Server) => new Promise((r) => s.close(r));

/** A resolver that answers each call with the next list (the last one repeats), counting the calls. */
function scripted(...answers: string[][]) {
  const calls: string[] = [];
  const resolve: Resolver = async (host) => {
    calls.push(host);
    return answers[Math.min(calls.length - 1, answers.length - 1)].map((address): LookupAddress => ({ address, family: 4 }));
  };
  return { resolve, calls };
}

// The mechanism under test is the connection, not the classification (target-guard.spec.ts): this
// policy calls 127.0.0.1 "public" and every other address "private", so both receivers are local.
const onlyFirstLoopback = (address: string) => address === '127.0.0.1';
const HOST = 'hooks.partner.test';

describe('webhook transport: the address that was checked is the address connected to', () => {
  const publicHits: Hit[] = [];
  const privateHits: Hit[] = [];
  const publicServer = createServer(record(publicHits));
  const privateServer = createServer(record(privateHits));
  let port: number;

  beforeAll(async () => {
    port = await listen(publicServer, '127.0.0.1');
    // The "private" service listens on the same port of another loopback address.
    await listen(privateServer, '127.0.0.2', port);
  });

  afterAll(async () => {
    await close(publicServer);
    await close(privateServer);
  });

  beforeEach(() => {
    publicHits.length = 0;
    privateHits.length = 0;
  });

  it('When DNS answers a public address at the check and a private one afterwards (rebinding), then the delivery never connects to the private one', async () => {
    const { resolve, calls } = scripted(['127.0.0.1'], ['127.0.0.2']);
    const url = `http://${HOST}:${port}/hook`;
    const options = { resolve, allowAddress: onlyFirstLoopback };
    // Registration: the name resolves to the public address and is accepted.
    expect(await checkTarget(url, true, options)).toEqual({ ok: true });
    // Delivery: the name now resolves to the private address; the guarded lookup refuses it.
    const transport = createWebhookTransport({ allowInsecureTargets: true, timeoutMs: 2_000, ...options });
    try {
      expect(await transport.post(url, { 'content-type': 'application/json' }, '{"a":1}')).toEqual({
        error: 'target refused: the host resolves to a private address',
      });
    } finally {
      transport.close();
    }
    expect(privateHits).toHaveLength(0);
    expect(publicHits).toHaveLength(0);
    expect(calls).toEqual([HOST, HOST]);
  });

  it('When a delivery resolves the name, then it resolves once and connects to that checked address even if DNS changes right after', async () => {
    // fetch() would have resolved a second time and met the private answer.
    const { resolve, calls } = scripted(['127.0.0.1'], ['127.0.0.2']);
    const transport = createWebhookTransport({ allowInsecureTargets: true, timeoutMs: 2_000, resolve, allowAddress: onlyFirstLoopback });
    try {
      expect(await transport.post(`http://${HOST}:${port}/hook`, { 'x-binome-event-id': 'e1' }, '{"a":1}')).toEqual({ statusCode: 204 });
    } finally {
      transport.close();
    }
    expect(calls).toEqual([HOST]);
    expect(publicHits).toHaveLength(1);
    expect(publicHits[0]).toMatchObject({ host: `${HOST}:${port}`, body: '{"a":1}', headers: { 'x-binome-event-id': 'e1' } });
    expect(privateHits).toHaveLength(0);
  });

  it('When one answer mixes a public and a private address, then nothing is connected to', async () => {
    const transport = createWebhookTransport({
      allowInsecureTargets: true,
      timeoutMs: 2_000,
      ...scripted(['127.0.0.1', '127.0.0.2']),
      allowAddress: onlyFirstLoopback,
    });
    try {
      expect(await transport.post(`http://${HOST}:${port}/hook`, {}, '{}')).toEqual({
        error: 'target refused: the host resolves to a private address',
      });
    } finally {
      transport.close();
    }
    expect(publicHits.length + privateHits.length).toBe(0);
  });

  it('When production rules apply, then a private IP literal (written the way the URL parser rewrites it) is refused before any connection', async () => {
    const transport = createWebhookTransport({ allowInsecureTargets: false, timeoutMs: 2_000 });
    try {
      expect(await transport.post(`https://[::ffff:127.0.0.1]:${port}/hook`, {}, '{}')).toEqual({
        error: 'target refused: the host resolves to a private address',
      });
      expect(await transport.post(`http://${HOST}:${port}/hook`, {}, '{}')).toEqual({ error: 'target refused: the URL must use https' });
    } finally {
      transport.close();
    }
    expect(publicHits.length + privateHits.length).toBe(0);
  });
});

describe('webhook transport over TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binome-webhook-tls-'));
  const hits: Hit[] = [];
  let server: Server;
  let port: number;
  let cert: Buffer;

  beforeAll(async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=DNS:${HOST}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'));
    server = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert }, record(hits));
    port = await listen(server, '127.0.0.1');
  });

  afterAll(async () => {
    await close(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('When the name is resolved by the guard, then TLS still names the host (SNI, certificate for the name) and Host is the name', async () => {
    const transport = createWebhookTransport({
      allowInsecureTargets: false,
      timeoutMs: 2_000,
      ca: cert,
      ...scripted(['127.0.0.1']),
      allowAddress: onlyFirstLoopback,
    });
    try {
      expect(await transport.post(`https://${HOST}:${port}/hook`, {}, '{"tls":true}')).toEqual({ statusCode: 204 });
    } finally {
      transport.close();
    }
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ servername: HOST, host: `${HOST}:${port}`, body: '{"tls":true}' });
  });
});
