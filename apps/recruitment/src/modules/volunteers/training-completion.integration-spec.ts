import request from 'supertest';
import pino from 'pino';
import { events } from '@binome/contracts';
import { createEnvelope, deadLetterTopic, EVENTS, EventPublisher, type EventEnvelope } from '@binome/events';
import {
  bearer,
  eventually,
  partnerCompanyBody,
  promotionBody,
  readTopic,
  STAFF,
  startInProcess,
  stopInProcess,
  testKafka,
  testServiceConfig,
  tokensOf,
  uniqueId,
  volunteerBody,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

const { ModuleCompleted } = EVENTS;

/**
 * `trained` follows resources' `ModuleCompleted` of the mandatory volunteer module (published here
 * on this spec's own topic, as resources' outbox does on binome.resources.v1), against the real
 * Kafka, database and Keycloak.
 */
describe('recruitment: a volunteer is trained by the mandatory module’s completion', () => {
  const topic = `binome.resources.v1.test-${uniqueId()}`;
  const group = `recruitment-training-test-${uniqueId()}`;
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }), {
    trainingGroup: group,
    resourcesTopic: topic,
  });
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  const companyId = uniqueId('sncf-');
  let api: string;
  let rennes: string;
  let hq: string;
  let promotionId: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
    await publisher.connect();
    ({ rennes, hq } = await tokensOf(STAFF));
    promotionId = (
      await request(api)
        .post('/v1/promotions')
        .set(bearer(rennes))
        .send(promotionBody({ territoryId: 'rennes' }))
    ).body._id;
    await request(api)
      .post('/v1/partner-companies')
      .set(bearer(hq))
      .send(partnerCompanyBody({ id: companyId, territoryId: ['rennes'] }))
      .expect(201);
  });

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
  });

  const enrol = async () => {
    const res = await request(api).post('/v1/volunteers').set(bearer(rennes)).send(volunteerBody({ promotionId, companyId }));
    expect(res.status).toBe(201);
    return res.body._id as string;
  };
  const volunteer = async (id: string) => (await request(api).get(`/v1/volunteers/${id}`).set(bearer(rennes))).body;
  const completed = (
    personId: string,
    overrides: Partial<{ mandatory: boolean; personKind: string; moduleId: string }> = {},
  ): EventEnvelope =>
    createEnvelope({
      type: ModuleCompleted,
      payload: {
        moduleId: 'volunteer-initial-training',
        territoryId: 'rennes',
        personKind: 'volunteer',
        personId,
        mandatory: true,
        rule: 'attendance',
        completedOn: '2026-11-20',
        ...overrides,
      },
      territoryId: 'rennes',
      aggregateType: 'training-module',
      aggregateId: overrides.moduleId ?? 'volunteer-initial-training',
      source: 'resources',
    });
  const trainedEntries = (v: { history: { status: string }[] }) => v.history.filter((h) => h.status === 'trained');

  it('When the mandatory volunteer module is completed, then the volunteer is trained on that day, the module named in the history; a duplicate delivery changes nothing', async () => {
    const id = await enrol();
    const other = await enrol();
    const e = completed(id);
    await publisher.publish(topic, [completed(other, { mandatory: false, moduleId: 'optional-module' })]);
    await publisher.publish(topic, [e]);
    await publisher.publish(topic, [e]);
    const v = await eventually(async () => ((await volunteer(id)).trained ? await volunteer(id) : undefined), 30_000, 'volunteer trained');
    expect(v).toMatchObject({ status: 'trained', trained: true, training: { attended: true, attendedOn: '2026-11-20' } });
    expect(trainedEntries(v)).toEqual([expect.objectContaining({ by: 'resources', note: 'module volunteer-initial-training completed' })]);
    // A later, fresh event tells when the duplicate has been consumed.
    const marker = await enrol();
    await publisher.publish(topic, [completed(marker)]);
    await eventually(async () => ((await volunteer(marker)).trained ? true : undefined), 30_000, 'marker trained');
    expect(trainedEntries(await volunteer(id))).toHaveLength(1);
    // A non-mandatory module does not train.
    expect(await volunteer(other)).toMatchObject({ status: 'enrolled', trained: false });
  });

  it('When staff mark a volunteer trained by hand, then the override keeps its reason in the history', async () => {
    const id = await enrol();
    const res = await request(api)
      .post(`/v1/volunteers/${id}/transitions`)
      .set(bearer(rennes))
      .send({ to: 'trained', attendedOn: '2026-11-21', reason: 'Formation suivie à Nantes' });
    expect(res.status).toBe(200);
    expect(trainedEntries(await volunteer(id))).toEqual([expect.objectContaining({ note: 'override: Formation suivie à Nantes' })]);
  });

  it('When a completion arrives undecodable, then it goes to the dead-letter topic and training goes on', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'poison', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]) }] });
    await producer.disconnect();
    const id = await enrol();
    await publisher.publish(topic, [completed(id)]);
    await eventually(async () => ((await volunteer(id)).trained ? true : undefined), 30_000, 'trained after the poison');
    const dlt = await readTopic(deadLetterTopic(group), (seen) => seen.some((m) => m.key?.toString() === 'poison'));
    const record = events.DeadLetter.decode(dlt.find((m) => m.key?.toString() === 'poison')?.value ?? Buffer.alloc(0));
    expect(record).toMatchObject({ originalTopic: topic, consumerGroup: group, reason: 'decode_failed' });
  });
});
