import request from 'supertest';
import pino from 'pino';
import { createEnvelope, EVENTS, EventPublisher } from '@binome/events';
import { bearer, eventually, inProcessSuite, testKafka, testServiceConfig, uniqueId } from '@binome/testing';
import { createResourcesService } from '../../resources.service';

const { PairCompleted, VolunteerErased } = EVENTS;

/**
 * A volunteer's erasure in recruitment reaches resources as `VolunteerErased` (on this spec's own
 * topics, real Kafka, database and Keycloak): badges awarded to the volunteer id and to their
 * account are revoked, and the training progress recorded under their account is removed.
 */
describe('resources: a volunteer erased in recruitment', () => {
  const topics = {
    resources: `binome.resources.v1.test-${uniqueId()}`,
    workshops: `binome.workshops.v1.test-${uniqueId()}`,
    matching: `binome.matching.v1.test-${uniqueId()}`,
  };
  const recruitmentTopic = `binome.recruitment.v1.test-${uniqueId()}`;
  const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }), {
    awardsGroup: `resources-awards-test-${uniqueId()}`,
    awardTopics: topics,
    erasureGroup: `resources-erasure-test-${uniqueId()}`,
    recruitmentTopic,
  });
  const suite = inProcessSuite(service, { rennes: ['rennes', 'manager'] });
  const t = suite.tokens;
  const publisher = new EventPublisher(testKafka());
  const get = (path: string) => request(suite.api).get(path).set(bearer(t.rennes));

  beforeAll(() => publisher.connect());
  afterAll(() => publisher.disconnect());

  it('When VolunteerErased arrives, then the badges of the volunteer id are revoked for erasure and the progress of their account is removed', async () => {
    const volunteer = uniqueId('vol-');
    const account = uniqueId('sub-');
    await publisher.publish(topics.matching, [
      createEnvelope({
        type: PairCompleted,
        payload: {
          pairId: uniqueId('pair-'),
          territoryId: 'rennes',
          promotionId: 'p',
          beneficiaryId: uniqueId('ben-'),
          volunteerId: volunteer,
        },
        territoryId: 'rennes',
        aggregateType: 'pair',
        aggregateId: 'pair',
        source: 'matching',
      }),
    ]);
    const [badge] = await eventually(
      async () => {
        const found = (await get(`/v1/badges?recipientId=${volunteer}`)).body as { id: string; status: string }[];
        return found.length ? found : undefined;
      },
      30_000,
      "the volunteer's badge",
    );
    const m = await request(suite.api)
      .post('/v1/training-modules')
      .set(bearer(t.rennes))
      .send({
        territoryId: 'rennes',
        title: 'Journée de formation initiale',
        audience: 'volunteer',
        parts: [{ id: 'p', title: 'Droits des réfugiés' }],
        rule: { kind: 'attendance' },
      });
    expect(m.status).toBe(201);
    expect(
      (
        await request(suite.api)
          .post(`/v1/training-modules/${m.body.id}/attendance`)
          .set(bearer(t.rennes))
          .send({ personId: account, attendedOn: '2026-11-20' })
      ).status,
    ).toBeLessThan(300);
    expect((await get(`/v1/training-modules/${m.body.id}/completions`)).body).toHaveLength(1);

    await publisher.publish(recruitmentTopic, [
      createEnvelope({
        type: VolunteerErased,
        payload: { volunteerId: volunteer, territoryId: 'rennes', erasedAt: new Date(), accountSubject: account },
        territoryId: 'rennes',
        aggregateType: 'volunteer',
        aggregateId: volunteer,
        source: 'recruitment',
      }),
    ]);
    const revoked = await eventually(
      async () => {
        const b = (await get(`/v1/badges/${badge.id}`)).body;
        return b.status === 'revoked' ? b : undefined;
      },
      30_000,
      'badge revoked by erasure',
    );
    expect(revoked).toMatchObject({ revoked: { reason: 'erasure' } });
    expect((await get(`/v1/training-modules/${m.body.id}/completions`)).body).toEqual([]);
  });
});
