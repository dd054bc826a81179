import { execFileSync } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import request from 'supertest';
import pino from 'pino';
import { referralEvents } from '@binome/contracts';
import { createEnvelope, EventPublisher, type EventEnvelope } from '@binome/events';
import { bearer, eventually, freePort, testKafka, testServiceEnv, uniqueId, userToken } from '@binome/testing';
import { loadGatewayConfig } from '../gateway.config';
import { DeliveryView, WebhookEndpointView } from './webhook.routes';
import { createGateway } from '../gateway.service';
import { ReferralErased, ReferralIssued } from './referral-feed.consumer';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A partner's receiver. */
async function startReceiver(port = 0): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const actual = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${actual}/binome-hook`, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** Verifies X-Binome-Signature with Python's hmac: an implementation independent of the gateway's. */
function verifiedByPython(secret: string, signature: string, body: string): boolean {
  const script = [
    'import hmac, hashlib, sys',
    'secret, header = sys.argv[1], sys.argv[2]',
    'body = sys.stdin.buffer.read()',
    'parts = dict(p.split("=", 1) for p in header.split(","))',
    'mac = hmac.new(secret.encode(), parts["t"].encode() + b"." + body, hashlib.sha256).hexdigest()',
    'print("ok" if hmac.compare_digest(mac, parts["v1"]) else "bad")',
  ].join('\n');
  return (
    execFileSync('python3', ['-c', script, secret, signature], { input: Buffer.from(body, 'utf8') })
      .toString()
      .trim() === 'ok'
  );
}

function issued(partnerId: string, referralId = uniqueId('ref-')): EventEnvelope {
  return createEnvelope({
    type: ReferralIssued,
    payload: {
      referralId,
      partnerId,
      territoryId: 'rennes',
      direction: referralEvents.ReferralDirection.REFERRAL_DIRECTION_OUTBOUND,
      reason: 'French level below A2: language course first',
      person: { firstName: 'Amina', lastName: 'Haidari', email: 'amina@example.org', phone: '', frenchLevel: 'A1' },
      issuedAt: new Date(),
    },
    territoryId: 'rennes',
    aggregateType: 'referral',
    aggregateId: referralId,
    source: 'recruitment',
  });
}

const SECRET = 'cirefe-webhook-secret-0123456789abcdef';

describe('partner webhooks: referrals from Kafka to the partner they are addressed to', () => {
  const topic = `binome.referrals.v1.test-${uniqueId()}`;
  const group = uniqueId('gateway-webhooks-');
  const config = loadGatewayConfig(
    testServiceEnv('gateway', {
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_MS: '1000',
      WEBHOOK_MAX_ATTEMPTS: '100',
      WEBHOOK_TIMEOUT_MS: '2000',
    }),
  );
  const start = async () => {
    const g = createGateway(config, pino({ level: process.env.LOG_LEVEL ?? 'silent' }), { group, referralsTopic: topic });
    const api = `http://127.0.0.1:${(await g.start()).httpPort}`;
    return { g, api };
  };
  const publisher = new EventPublisher(testKafka());
  let gateway: Awaited<ReturnType<typeof start>>;
  let ngo: string;

  beforeAll(async () => {
    await publisher.connect();
    gateway = await start();
    ngo = await userToken('partners', 'ngo-cirefe');
  });

  afterAll(async () => {
    await publisher.disconnect();
    await gateway.g.connection().dropDatabase();
    await gateway.g.stop();
  });

  const register = (url: string, token = ngo) =>
    request(gateway.api).post('/api/partners/webhooks').set(bearer(token)).send({ url, secret: SECRET });
  const deliveries = async () =>
    (await request(gateway.api).get('/api/partners/webhooks/deliveries?perPage=100').set(bearer(ngo))).body as {
      eventId: string;
      status: string;
      attempts: number;
    }[];

  it('When someone other than a partner NGO registers an endpoint, then 403; when the secret is short, then 400 naming it', async () => {
    expect((await register('http://127.0.0.1:9/x', await userToken('partners', 'hr-sncf'))).status).toBe(403);
    expect((await register('http://127.0.0.1:9/x', await userToken('rennes', 'manager'))).status).toBe(403);
    const short = await request(gateway.api)
      .post('/api/partners/webhooks')
      .set(bearer(ngo))
      .send({ url: 'http://127.0.0.1:9/x', secret: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('body.secret');
  });

  it('When a referral is addressed to CIREFE, then only CIREFE receives it, signed, and the signature checks out with Python', async () => {
    const receiver = await startReceiver();
    try {
      const created = await register(receiver.url);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ partnerId: 'cirefe', url: receiver.url, active: true });
      expect(JSON.stringify(created.body)).not.toContain(SECRET);

      const mine = issued('cirefe');
      const theirs = issued('france-travail');
      await publisher.publish(topic, [theirs, mine]);
      const got = await eventually(async () => (receiver.received.length ? receiver.received : undefined), 30_000, 'a delivery');
      await new Promise((r) => setTimeout(r, 1_000));

      expect(receiver.received).toHaveLength(1);
      const { headers, body } = got[0];
      expect(headers['x-binome-event-id']).toBe(mine.id);
      expect(headers['x-binome-signature']).toBe(
        `t=${headers['x-binome-timestamp']},v1=${String(headers['x-binome-signature']).split('v1=')[1]}`,
      );
      expect(verifiedByPython(SECRET, String(headers['x-binome-signature']), body)).toBe(true);
      expect(verifiedByPython(`${SECRET}-other`, String(headers['x-binome-signature']), body)).toBe(false);
      expect(verifiedByPython(SECRET, String(headers['x-binome-signature']), body.replace('Amina', 'Amine'))).toBe(false);
      expect(JSON.parse(body)).toMatchObject({
        id: mine.id,
        type: 'referral.issued',
        partnerId: 'cirefe',
        data: { direction: 'outbound', person: { firstName: 'Amina' } },
      });

      const log = await deliveries();
      expect(log.find((d) => d.eventId === mine.id)).toMatchObject({ status: 'delivered', attempts: 1 });
      expect(log.some((d) => d.eventId === theirs.id)).toBe(false);
      const feed = await request(gateway.api).get('/api/partners/referrals').set(bearer(ngo));
      expect(feed.body.map((e: { id: string }) => e.id)).toContain(mine.id);
      expect(feed.body.map((e: { id: string }) => e.id)).not.toContain(theirs.id);
    } finally {
      await receiver.close();
      await request(gateway.api)
        .get('/api/partners/webhooks')
        .set(bearer(ngo))
        .then(async (r) => {
          for (const e of r.body as { id: string }[]) await request(gateway.api).delete(`/api/partners/webhooks/${e.id}`).set(bearer(ngo));
        });
    }
  });

  it('When the receiver is down and the gateway restarts, then the delivery arrives later, once', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/binome-hook`;
    expect((await register(url)).status).toBe(201);
    const event = issued('cirefe');
    await publisher.publish(topic, [event]);
    await eventually(
      async () =>
        (await deliveries()).find((d) => d.eventId === event.id && d.attempts >= 2 && d.status === 'pending') ? true : undefined,
      30_000,
      'failed attempts',
    );

    // The gateway restarts while the receiver is still down; the delivery record survives.
    await gateway.g.stop();
    const receiver = await startReceiver(port);
    try {
      gateway = await start();
      const got = await eventually(async () => (receiver.received.length ? receiver.received : undefined), 30_000, 'the late delivery');
      await new Promise((r) => setTimeout(r, 1_500));
      expect(receiver.received).toHaveLength(1);
      expect(got[0].headers['x-binome-event-id']).toBe(event.id);
      expect(verifiedByPython(SECRET, String(got[0].headers['x-binome-signature']), got[0].body)).toBe(true);
      const record = (await deliveries()).find((d) => d.eventId === event.id);
      expect(record?.status).toBe('delivered');
      expect(record?.attempts).toBeGreaterThanOrEqual(3);

      // The same event again (Kafka redelivery) creates no second delivery.
      await publisher.publish(topic, [event]);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it('When the person behind a referral is erased, then the feed forgets their data and the partner is told', async () => {
    const receiver = await startReceiver();
    try {
      expect((await register(receiver.url)).status).toBe(201);
      const referral = issued('cirefe');
      const referralId = referralEvents.ReferralIssued.decode(referral.payload).referralId;
      await publisher.publish(topic, [referral]);
      await eventually(async () => (receiver.received.length === 1 ? true : undefined), 30_000, 'the referral');
      await publisher.publish(topic, [
        createEnvelope({
          type: ReferralErased,
          payload: { referralId, partnerId: 'cirefe', territoryId: 'rennes' },
          territoryId: 'rennes',
          aggregateType: 'referral',
          aggregateId: referralId,
          source: 'recruitment',
        }),
      ]);
      const erased = await eventually(
        async () => receiver.received.find((r) => r.headers['x-binome-event-type'] === 'referral.erased'),
        30_000,
        'the erasure',
      );
      expect(JSON.parse(erased.body)).toMatchObject({ type: 'referral.erased', data: { referralId } });
      const feed = (await request(gateway.api).get('/api/partners/referrals?perPage=100').set(bearer(ngo))).body as {
        id: string;
        erased?: boolean;
      }[];
      expect(feed.find((e) => e.id === referral.id)).toEqual({ id: referral.id, type: 'referral.issued', referralId, erased: true });
      const kept = await gateway.g.store().deliveries.find({ referralId, eventType: 'referral.issued' }).lean();
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.every((d) => d.body === null)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('When the console reads the partner lists the react-admin way, then _start/_end/_sort/_order, filters and id=… apply, with X-Total-Count', async () => {
    const get = (path: string) => request(gateway.api).get(path).set(bearer(ngo));
    const all = await get('/api/partners/webhooks/deliveries?perPage=100');
    expect(all.body.length).toBeGreaterThanOrEqual(2);
    // What is served is what the OpenAPI document says (its response schemas are these).
    for (const d of all.body) expect(DeliveryView.safeParse(d).error?.issues ?? []).toEqual([]);
    for (const e of (await get('/api/partners/webhooks')).body) expect(WebhookEndpointView.safeParse(e).error?.issues ?? []).toEqual([]);
    const page = await get('/api/partners/webhooks/deliveries?status=delivered&_start=0&_end=1&_sort=createdAt&_order=ASC');
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(1);
    const delivered = (all.body as { id: string; status: string; createdAt: string }[]).filter((d) => d.status === 'delivered');
    expect(page.headers['x-total-count']).toBe(String(delivered.length));
    expect(page.body[0].createdAt).toBe(
      [...delivered].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1))[0].createdAt,
    );
    const [a, b] = all.body as { id: string }[];
    expect(
      (await get(`/api/partners/webhooks/deliveries?id=${encodeURIComponent(a.id)}&id=${encodeURIComponent(b.id)}`)).body
        .map((d: { id: string }) => d.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    const feed = await get('/api/partners/referrals?_start=0&_end=1&_sort=receivedAt&_order=DESC');
    expect(feed.body).toHaveLength(1);
    expect(Number(feed.headers['x-total-count'])).toBeGreaterThanOrEqual(2);
    const endpoints = await get('/api/partners/webhooks?active=false&_start=0&_end=100&_sort=createdAt&_order=DESC');
    expect(endpoints.headers['x-total-count']).toBe(String(endpoints.body.length));
    expect(endpoints.body.every((e: { active: boolean }) => !e.active)).toBe(true);
    expect((await get('/api/partners/webhooks/deliveries?_start=0&_end=101')).status).toBe(400);
  });
});
