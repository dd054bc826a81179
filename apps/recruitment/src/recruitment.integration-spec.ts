import request from 'supertest';
import pino from 'pino';
import { Writable } from 'node:stream';
import { status } from '@grpc/grpc-js';
import { recruitmentEvents, recruitmentV1 } from '@binome/contracts';
import { decodeEnvelope, TOPICS } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  bearer,
  minimalApplicationBody,
  readTopic,
  serviceToken,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  uniqueId,
  userToken,
} from '@binome/testing';
import { createRecruitmentService } from './recruitment.service';

const logLines: string[] = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk, _e, cb) {
      logLines.push(String(chunk));
      cb();
    },
  }),
);

/** A Rennes applicant who also speaks English (the public form's fields, no intake choices yet). */
export const application = (overrides: Record<string, unknown> = {}) =>
  minimalApplicationBody({
    phone: '+33 6 12 34 56 78',
    protectionGrantedOn: '2024-03-12',
    languages: [
      { language: 'fa', level: 'native' },
      { language: 'en', level: 'fluent' },
    ],
    experience: [{ trade: 'Accountant', sector: 'Finance', years: 6, country: 'AF' }],
    targetSector: 'Finance',
    ...overrides,
  });

describe('recruitment service against the real Kafka, database and Keycloak', () => {
  const config = testServiceConfig('recruitment');
  const service = createRecruitmentService(config, logger);
  let api: string;
  let grpcAddress: string;

  beforeAll(async () => {
    ({ api, grpcAddress } = await startInProcess(service));
  });

  afterAll(() => stopInProcess(service));

  const apply = (body: unknown) =>
    request(api)
      .post('/v1/applications')
      .send(body as object);

  it('When a person applies, then the application is stored and CandidateApplied is published through the outbox', async () => {
    const res = await apply(application());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'applied', territoryId: 'rennes' });
    const id: string = res.body.id;

    const seen = await readTopic(TOPICS.recruitment, (msgs) => msgs.some((m) => m.key?.toString() === id));
    const envelope = decodeEnvelope(seen.find((m) => m.key?.toString() === id)?.value ?? null);
    expect(envelope).toMatchObject({
      type: 'binome.events.v1.CandidateApplied',
      territoryId: 'rennes',
      aggregateId: id,
      source: 'recruitment',
    });
    const payload = recruitmentEvents.CandidateApplied.decode(envelope.payload);
    expect(payload).toMatchObject({ candidateId: id, territoryId: 'rennes', partnerSharingConsent: false });
    // The event carries no personal data.
    expect(Buffer.from(envelope.payload).toString('latin1')).not.toMatch(/Amina|Haidari|example\.org/);
  });

  it('When a request carries an x-request-id, then the events it causes carry it as correlation id, without any route passing it', async () => {
    const requestId = uniqueId('req-correlation-');
    const res = await request(api).post('/v1/applications').set('x-request-id', requestId).send(application());
    expect(res.headers['x-request-id']).toBe(requestId);
    const seen = await readTopic(TOPICS.recruitment, (msgs) => msgs.some((m) => m.key?.toString() === res.body.id));
    expect(decodeEnvelope(seen.find((m) => m.key?.toString() === res.body.id)?.value ?? null).correlationId).toBe(requestId);
  });

  it.each([
    ['a missing required field', 'body.firstName', { firstName: undefined }],
    ['a wrong type', 'body.firstName', { firstName: 42 }],
    ['an unknown enum value', 'body.frenchLevel', { frenchLevel: 'Z9' }],
    ['an unknown territory', 'body.territoryId', { territoryId: 'atlantis' }],
    ['an invalid email', 'body.email', { email: 'not-an-email' }],
    [
      'refused consent to data processing',
      'body.consent.dataProcessing',
      { consent: { dataProcessing: false, partnerSharing: true, noticeVersion: '2026-01' } },
    ],
    ['a nested wrong type', 'body.experience.0.years', { experience: [{ trade: 'Cook', sector: 'Food', years: 'many', country: 'SY' }] }],
    ['an unknown field', 'body', { favouriteColour: 'blue' }],
    ['a referral without partner', 'body.referringPartnerId', { channel: 'partner_referral' }],
    ['an oversized field', 'body.town', { town: 'x'.repeat(101) }],
  ])('When the application has %s, then 400 problem+json names %s', async (_case, field, overrides) => {
    const res = await apply(application(overrides));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When the body is oversized, then 413 problem+json', async () => {
    const res = await apply(application({ education: 'x'.repeat(200_000) }));
    expect(res.status).toBe(413);
  });

  it('When the same person applies twice in a territory, then 409 problem+json', async () => {
    const body = application();
    expect((await apply(body)).status).toBe(201);
    const again = await apply(body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
  });

  describe('tenancy', () => {
    let rennesId: string;
    let parisId: string;

    beforeAll(async () => {
      rennesId = (await apply(application())).body.id;
      parisId = (await apply(application({ territoryId: 'paris', town: 'Paris' }))).body.id;
    });

    it('When a Rennes manager reads a Rennes candidate, then it is returned', async () => {
      const res = await request(api)
        .get(`/v1/candidates/${rennesId}`)
        .set(bearer(await userToken('rennes', 'manager')));
      expect(res.status).toBe(200);
      expect(res.body.territoryId).toBe('rennes');
    });

    it('When a Rennes manager reads a Paris candidate, then 404 (existence is not revealed)', async () => {
      const res = await request(api)
        .get(`/v1/candidates/${parisId}`)
        .set(bearer(await userToken('rennes', 'manager')));
      expect(res.status).toBe(404);
    });

    it('When a Rennes manager lists candidates, then only Rennes candidates are returned, even when asking for Paris', async () => {
      const token = await userToken('rennes', 'manager');
      const res = await request(api).get('/v1/candidates?perPage=100').set(bearer(token));
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(new Set(res.body.map((c: { territoryId: string }) => c.territoryId))).toEqual(new Set(['rennes']));
      expect(Number(res.headers['x-total-count'])).toBe(res.body.length);
      const paris = await request(api).get('/v1/candidates?territoryId=paris').set(bearer(token));
      expect(paris.body).toEqual([]);
    });

    it('When HQ lists candidates, then every territory is visible', async () => {
      const res = await request(api)
        .get('/v1/candidates?perPage=100')
        .set(bearer(await userToken('national', 'hq')));
      const territories = new Set(res.body.map((c: { territoryId: string }) => c.territoryId));
      expect(territories.has('rennes') && territories.has('paris')).toBe(true);
    });

    it('When a beneficiary reads candidates, then only their own application (self, by verified email); an anonymous caller gets 401', async () => {
      const own = await request(api)
        .get('/v1/candidates')
        .set(bearer(await userToken('rennes', 'beneficiary')));
      expect(own.status).toBe(200);
      expect(own.body.every((c: { contact: { email: string } }) => c.contact.email === 'beneficiary@rennes.binome.test')).toBe(true);
      expect(
        (
          await request(api)
            .get(`/v1/candidates/${rennesId}`)
            .set(bearer(await userToken('rennes', 'beneficiary')))
        ).status,
      ).toBe(404);
      expect((await request(api).get('/v1/candidates')).status).toBe(401);
    });

    it('When a Paris token asks gRPC for a Rennes candidate, then PERMISSION_DENIED; without a token, UNAUTHENTICATED', async () => {
      const client = createClient(recruitmentV1.RecruitmentServiceClient, grpcAddress);
      try {
        const req = { territoryId: 'rennes', candidateId: rennesId };
        const ok = await unaryCall<recruitmentV1.GetCandidateSummaryRequest, recruitmentV1.GetCandidateSummaryResponse>(
          client.getCandidateSummary.bind(client),
          req,
          bearerMetadata(await serviceToken()),
        );
        expect(ok.candidate).toMatchObject({ candidateId: rennesId, territoryId: 'rennes', status: 'applied', frenchLevel: 'B1' });
        await expect(
          unaryCall(client.getCandidateSummary.bind(client), req, bearerMetadata(await userToken('paris', 'manager'))),
        ).rejects.toMatchObject({
          code: status.PERMISSION_DENIED,
        });
        await expect(unaryCall(client.getCandidateSummary.bind(client), req, bearerMetadata('garbage'))).rejects.toMatchObject({
          code: status.UNAUTHENTICATED,
        });
      } finally {
        client.close();
      }
    });
  });

  it('When applications were processed, then no personal data appears in the logs', () => {
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toMatch(/Amina|Haidari|@example\.org|\+33 6 12/);
  });
});
