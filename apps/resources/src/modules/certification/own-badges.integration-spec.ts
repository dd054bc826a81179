import request from 'supertest';
import pino from 'pino';
import { createEnvelope, EVENTS, EventPublisher, type EventEnvelope } from '@binome/events';
import { bearer, eventually, startInProcess, stopInProcess, testKafka, testServiceConfig, tokensOf, uniqueId } from '@binome/testing';
import { createResourcesService } from '../../resources.service';
import { startFakeRecruitment, type FakeRecruitment } from '../../testing/fake-recruitment';

const { WorkshopSessionAttended, PairCompleted } = EVENTS;

/**
 * A recipient reads and downloads their own badges, whatever fact awarded them: badges from
 * workshops and matching name recruitment's record ids, which recruitment's `ListOwnRecords`
 * (the contract-level double, real token checks) resolves from the recipient's token. Real Kafka,
 * database and Keycloak; this spec's own topics.
 */
describe('resources: a recipient reads their own badges, not another’s', () => {
  const topics = {
    resources: `binome.resources.v1.test-${uniqueId()}`,
    workshops: `binome.workshops.v1.test-${uniqueId()}`,
    matching: `binome.matching.v1.test-${uniqueId()}`,
  };
  const logger = pino({ level: 'silent' });
  const publisher = new EventPublisher(testKafka());
  let fake: FakeRecruitment;
  let service: ReturnType<typeof createResourcesService>;
  let api: string;
  const t = {} as Record<'manager' | 'beneficiary' | 'volunteer', string>;
  const [B, other, V] = [uniqueId('cand-'), uniqueId('cand-'), uniqueId('vol-')];
  const get = (path: string, token: string) => request(api).get(path).set(bearer(token));

  const attended = (personId: string): EventEnvelope =>
    createEnvelope({
      type: WorkshopSessionAttended,
      payload: {
        sessionId: uniqueId('s-'),
        workshopId: 'w-french',
        territoryId: 'rennes',
        personId,
        attendance: 'present',
        competencies: ['oral-french'],
        sessionStartsAt: new Date(),
      },
      territoryId: 'rennes',
      aggregateType: 'session',
      aggregateId: uniqueId('s-'),
      source: 'workshops',
    });

  beforeAll(async () => {
    fake = await startFakeRecruitment(testServiceConfig('resources'), logger);
    fake.people.set('beneficiary@rennes.binome.test', { beneficiaryIds: [B], volunteerIds: [] });
    fake.people.set('volunteer@rennes.binome.test', { beneficiaryIds: [], volunteerIds: [V] });
    service = createResourcesService(testServiceConfig('resources', { PEERS: `recruitment=${fake.address}` }), logger, {
      awardsGroup: `resources-awards-test-${uniqueId()}`,
      awardTopics: topics,
      erasureGroup: `resources-erasure-test-${uniqueId()}`,
      recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
    });
    ({ api } = await startInProcess(service));
    await publisher.connect();
    Object.assign(
      t,
      await tokensOf({ manager: ['rennes', 'manager'], beneficiary: ['rennes', 'beneficiary'], volunteer: ['rennes', 'volunteer'] }),
    );
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await fake.stop();
  });

  it('When badges are awarded to recruitment records, then each recipient lists, reads and downloads their own, and another’s is 404', async () => {
    await publisher.publish(topics.workshops, [attended(B), attended(other)]);
    await publisher.publish(topics.matching, [
      createEnvelope({
        type: PairCompleted,
        payload: { pairId: 'p-1', territoryId: 'rennes', promotionId: 'promo', beneficiaryId: other, volunteerId: V },
        territoryId: 'rennes',
        aggregateType: 'pair',
        aggregateId: 'p-1',
        source: 'matching',
      }),
    ]);
    const all = await eventually(
      async () => {
        const res = await get('/v1/badges?perPage=100', t.manager);
        return res.body.length >= 4 ? (res.body as { id: string; achievementId: string; recipient: { id: string } }[]) : undefined;
      },
      30_000,
      'the four badges awarded',
    );
    const idOf = (recipientId: string, achievement: RegExp) =>
      all.find((b) => b.recipient.id === recipientId && achievement.test(b.achievementId))?.id;
    const beneficiaryBadge = idOf(B, /french/);
    const othersBadge = idOf(other, /french/);
    const volunteerBadge = idOf(V, /mentor/);
    expect([beneficiaryBadge, othersBadge, volunteerBadge].every(Boolean)).toBe(true);

    const listed = await get('/v1/badges', t.beneficiary);
    expect(listed.body.map((b: { id: string }) => b.id)).toEqual([beneficiaryBadge]);
    expect((await get(`/v1/badges/${beneficiaryBadge}`, t.beneficiary)).status).toBe(200);
    const credential = await get(`/v1/badges/${beneficiaryBadge}/credential`, t.beneficiary);
    expect(credential.status).toBe(200);
    expect(credential.text.split('.')).toHaveLength(3);
    for (const path of [`/v1/badges/${othersBadge}`, `/v1/badges/${othersBadge}/credential`, `/v1/badges/${volunteerBadge}`])
      expect((await get(path, t.beneficiary)).status).toBe(404);
    // Asking for another's badges by recipient finds nothing.
    expect((await get(`/v1/badges?recipientId=${other}`, t.beneficiary)).body).toEqual([]);

    // The volunteer: the mentoring badge of their pair, nobody else's.
    expect((await get('/v1/badges', t.volunteer)).body.map((b: { id: string }) => b.id)).toEqual([volunteerBadge]);
    expect((await get(`/v1/badges/${volunteerBadge}/credential`, t.volunteer)).status).toBe(200);
    expect((await get(`/v1/badges/${beneficiaryBadge}`, t.volunteer)).status).toBe(404);
  });
});
