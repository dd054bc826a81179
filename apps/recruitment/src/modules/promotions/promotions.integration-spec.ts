import request from 'supertest';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import { recruitmentEvents, recruitmentV1 } from '@binome/contracts';
import { decodeEnvelope, TOPICS } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  bearer,
  promotionBody,
  readTopic,
  serviceToken,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  uniqueId,
  userToken,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

describe('promotions against the real Kafka, database and Keycloak', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  let api: string;
  let grpcAddress: string;
  let rennes: string;

  beforeAll(async () => {
    ({ api, grpcAddress } = await startInProcess(service));
    rennes = await userToken('rennes', 'manager');
  });

  afterAll(() => stopInProcess(service));

  const plan = (token: string, body: Record<string, unknown>) => request(api).post('/v1/promotions').set(bearer(token)).send(body);
  const valid = (overrides: Record<string, unknown> = {}) =>
    promotionBody({ name: uniqueId('Rennes 2027-S1 '), kickoffOn: '2027-01-16', rexEveningOn: '2027-04-10', ...overrides });
  const move = (token: string, id: string, to: string) =>
    request(api).post(`/v1/promotions/${id}/transitions`).set(bearer(token)).send({ to });

  it('When a manager plans a promotion, then it is planned with the default capacity and PromotionPlanned is published', async () => {
    const res = await plan(rennes, valid());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'planned', capacity: 25, territoryId: 'rennes' });
    const seen = await readTopic(TOPICS.recruitment, (m) => m.some((x) => x.key?.toString() === res.body._id));
    const envelope = decodeEnvelope(seen.find((x) => x.key?.toString() === res.body._id)?.value ?? null);
    expect(recruitmentEvents.PromotionPlanned.decode(envelope.payload)).toMatchObject({ promotionId: res.body._id, capacity: 25 });
  });

  it('When a promotion goes planned → recruiting → running → closed, then each step is recorded in its history', async () => {
    const id = (await plan(rennes, valid())).body._id;
    for (const to of ['recruiting', 'running', 'closed']) expect((await move(rennes, id, to)).status).toBe(200);
    const got = await request(api).get(`/v1/promotions/${id}`).set(bearer(rennes));
    expect(got.body.history.map((h: { status: string }) => h.status)).toEqual(['planned', 'recruiting', 'running', 'closed']);
  });

  it.each([
    ['planned', 'running'],
    ['planned', 'closed'],
  ])('When a promotion jumps from %s to %s, then 409 problem+json names the allowed step', async (from, to) => {
    const id = (await plan(rennes, valid())).body._id;
    expect(from).toBe('planned');
    const res = await move(rennes, id, to);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body).toMatchObject({ code: 'illegal_transition' });
    expect(res.body.detail).toContain('allowed: recruiting');
  });

  it('When a closed promotion is moved, then 409 says closed is final', async () => {
    const id = (await plan(rennes, valid())).body._id;
    for (const to of ['recruiting', 'running', 'closed']) await move(rennes, id, to);
    const res = await move(rennes, id, 'running');
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('"closed" is final');
  });

  it.each([
    ['body.endsOn', { endsOn: '2027-02-01' }],
    ['body.startsOn', { startsOn: '2027-13-45' }],
    ['body.capacity', { capacity: 'twenty' }],
    ['body.capacity', { capacity: 0 }],
    ['body.rexEveningOn', { rexEveningOn: '2028-01-01' }],
    ['body.territoryId', { territoryId: 'lyon' }],
    ['body.name', { name: undefined }],
    ['body', { colour: 'red' }],
  ])('When planning with a bad value, then 400 names %s', async (field, overrides) => {
    const res = await plan(rennes, valid(overrides));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When the transition target is unknown, then 400 names body.to', async () => {
    const id = (await plan(rennes, valid())).body._id;
    const res = await move(rennes, id, 'paused');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.to');
  });

  it('When two promotions share a name in a territory, then 409', async () => {
    const body = valid();
    expect((await plan(rennes, body)).status).toBe(201);
    expect((await plan(rennes, body)).status).toBe(409);
  });

  it('When a Tours manager plans, reads, lists or moves Rennes promotions, then it is refused or sees nothing', async () => {
    const tours = await userToken('tours', 'manager');
    const id = (await plan(rennes, valid())).body._id;
    expect((await plan(tours, valid())).status).toBe(403);
    expect((await request(api).get(`/v1/promotions/${id}`).set(bearer(tours))).status).toBe(404);
    expect((await move(tours, id, 'recruiting')).status).toBe(404);
    const list = await request(api).get('/v1/promotions?territoryId=rennes').set(bearer(tours));
    expect(list.body).toEqual([]);
    const client = createClient(recruitmentV1.RecruitmentServiceClient, grpcAddress);
    try {
      const call = (token: string) =>
        unaryCall<recruitmentV1.GetPromotionRequest, recruitmentV1.GetPromotionResponse>(
          client.getPromotion.bind(client),
          { territoryId: 'rennes', promotionId: id },
          bearerMetadata(token),
        );
      await expect(call(tours)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      expect((await call(await serviceToken())).promotion).toMatchObject({ promotionId: id, status: 'planned', capacity: 25 });
    } finally {
      client.close();
    }
  });
});
