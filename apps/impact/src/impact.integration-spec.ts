import request from 'supertest';
import { MongoClient } from 'mongodb';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import { events, impactV1, recruitmentEvents } from '@binome/contracts';
import { EVENTS, createEnvelope, deadLetterTopic, EventPublisher, type EventEnvelope } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  bearer,
  eventually,
  readTopic,
  serviceToken,
  startInProcess,
  stopInProcess,
  testKafka,
  testServiceConfig,
  uniqueId,
  userToken,
} from '@binome/testing';
import { createImpactService } from './impact.service';

const { CandidateApplied, CandidateErased } = EVENTS;

function applied(territoryId: string, candidateId = uniqueId('cand-')): EventEnvelope {
  return createEnvelope({
    type: CandidateApplied,
    payload: {
      candidateId,
      territoryId,
      channel: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
      referringPartnerId: '',
      partnerSharingConsent: false,
      appliedAt: new Date(),
    },
    territoryId,
    aggregateType: 'candidate',
    aggregateId: candidateId,
    source: 'recruitment',
  });
}

describe('impact service against the real Kafka, database and Keycloak', () => {
  const suffix = uniqueId();
  const topic = `binome.recruitment.v1.test-${suffix}`;
  const group = `impact-test-${uniqueId()}`;
  const config = testServiceConfig('impact');
  // Every topic the projection reads is the spec's own: the shared ones hold every other run's
  // events, which a new group would read from the beginning before the counts settle.
  const service = createImpactService(config, pino({ level: process.env.LOG_LEVEL ?? 'silent' }), {
    group,
    topics: {
      recruitment: topic,
      matching: `binome.matching.v1.test-${suffix}`,
      scheduling: `binome.scheduling.v1.test-${suffix}`,
      workshops: `binome.workshops.v1.test-${suffix}`,
      impact: `binome.impact.v1.test-${suffix}`,
    },
  });
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  let api: string;
  let grpcAddress: string;

  beforeAll(async () => {
    ({ api, grpcAddress } = await startInProcess(service));
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
  });

  const countAs = async (token: string, territoryId: string) =>
    request(api).get(`/v1/territories/${territoryId}/application-count`).set(bearer(token));

  const rennesCount = async () => (await countAs(await userToken('rennes', 'manager'), 'rennes')).body.count as number;

  const waitForRennesCount = (n: number) =>
    eventually(async () => ((await rennesCount()) === n ? n : undefined), 45_000, `Rennes count ${n}`);

  it('When applications are published, then a Rennes manager sees the Rennes count and Paris is counted apart', async () => {
    await publisher.publish(topic, [applied('rennes'), applied('rennes'), applied('paris')]);
    await waitForRennesCount(2);
    const paris = await countAs(await userToken('paris', 'manager'), 'paris');
    expect(paris.body).toMatchObject({ territoryId: 'paris', count: 1 });
  });

  it('When a Rennes manager asks for the Paris count, then 403 problem+json', async () => {
    const res = await countAs(await userToken('rennes', 'manager'), 'paris');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('When a call has no token or a refused one, then 401 carries WWW-Authenticate: Bearer (RFC 6750), with invalid_token for the refused one', async () => {
    const none = await request(api).get('/v1/territories/rennes/application-count');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const real = await userToken('rennes', 'manager');
    const tampered = `${real.slice(0, real.lastIndexOf('.'))}.${Buffer.from('forged').toString('base64url')}`;
    const refused = await countAs(tampered, 'rennes');
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect((await countAs(real, 'rennes')).headers['www-authenticate']).toBeUndefined();
  });

  it('When the same event is delivered twice, then the count changes once', async () => {
    const before = await rennesCount();
    const e = applied('rennes');
    await publisher.publish(topic, [e]);
    await publisher.publish(topic, [e]);
    // A fresh event after the duplicate tells when the duplicate has been consumed.
    await publisher.publish(topic, [applied('rennes')]);
    await waitForRennesCount(before + 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(await rennesCount()).toBe(before + 2);
  });

  it('When a poison message arrives, then it goes to the dead-letter topic and counting goes on', async () => {
    const before = await rennesCount();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'poison', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]) }] });
    await producer.disconnect();
    await publisher.publish(topic, [applied('rennes')]);
    await waitForRennesCount(before + 1);
    const dlt = await readTopic(deadLetterTopic(group), (seen) => seen.some((m) => m.key?.toString() === 'poison'));
    const poison = dlt.find((m) => m.key?.toString() === 'poison');
    const record = events.DeadLetter.decode(poison?.value ?? Buffer.alloc(0));
    expect(record).toMatchObject({ originalTopic: topic, consumerGroup: group, reason: 'decode_failed' });
  });

  it('When a candidate is erased, then their application stays counted but impact no longer holds their id', async () => {
    const before = await rennesCount();
    const id = uniqueId('cand-');
    await publisher.publish(topic, [applied('rennes', id)]);
    await waitForRennesCount(before + 1);
    await publisher.publish(topic, [
      createEnvelope({
        type: CandidateErased,
        payload: { candidateId: id, territoryId: 'rennes', erasedAt: new Date() },
        territoryId: 'rennes',
        aggregateType: 'candidate',
        aggregateId: id,
        source: 'recruitment',
      }),
    ]);
    const facts = service.context().connection.collection('application_facts');
    await eventually(async () => ((await facts.countDocuments({ _id: id as never })) === 0 ? true : undefined), 20_000, 'fact anonymised');
    expect(await rennesCount()).toBe(before + 1);
  });

  it('When gRPC is called with a service token, then it returns the count; with a Tours token for Rennes, PERMISSION_DENIED', async () => {
    const client = createClient(impactV1.ImpactServiceClient, grpcAddress);
    const call = (token: string) =>
      unaryCall<impactV1.GetApplicationCountRequest, impactV1.GetApplicationCountResponse>(
        client.getApplicationCount.bind(client),
        { territoryId: 'rennes' },
        bearerMetadata(token),
      );
    try {
      const res = await call(await serviceToken());
      expect(res.count).toBe(await rennesCount());
      expect(res.lastAppliedAt).toBeInstanceOf(Date);
      await expect(call(await userToken('tours', 'manager'))).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      await expect(call('garbage')).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
    } finally {
      client.close();
    }
  });

  it('When the database holds application facts written before the funnel existed (no stages), then the indicators count them as applied, not a 500', async () => {
    // The shape the first slice of impact wrote into application_facts (before issue 16).
    const client = await MongoClient.connect(config.mongo.url);
    try {
      await client
        .db(config.mongo.database)
        .collection<{ _id: string; territoryId: string; channel: number; appliedAt: Date; eventId: string }>('application_facts')
        .insertOne({ _id: uniqueId('legacy-'), territoryId: 'tours', channel: 1, appliedAt: new Date(), eventId: uniqueId('evt-') });
    } finally {
      await client.close();
    }
    const res = await request(api)
      .get('/v1/indicators?territoryId=tours')
      .set(bearer(await userToken('tours', 'manager')));
    expect(res.status).toBe(200);
    expect(res.body.funnel.applied).toBeGreaterThanOrEqual(1);
  });
});
