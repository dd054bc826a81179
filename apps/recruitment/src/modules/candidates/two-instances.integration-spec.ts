import request from 'supertest';
import pino from 'pino';
import { bearer, testServiceConfig, uniqueId, userToken } from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

// Two instances of recruitment (the HPA's minimum) on one database: seat reservations are
// single-document conditional updates, so they must hold across processes' connection pools, not
// only within one process. Each instance has its own pool (MONGO_MAX_POOL_SIZE, 10 by default).

const application = () => ({
  territoryId: 'rennes',
  firstName: 'Amina',
  lastName: 'Haidari',
  email: `${uniqueId('amina.')}@example.org`,
  town: 'Rennes',
  protectionStatus: 'refugee',
  protectionGrantedOn: '2024-03-12',
  languages: [{ language: 'fa', level: 'native' }],
  frenchLevel: 'B1',
  targetTrade: 'M1607',
  targetSector: 'Finance',
  housingStable: true,
  resourcesStable: true,
  channel: 'website',
  consent: { dataProcessing: true, partnerSharing: false, noticeVersion: '2026-01' },
});
const screening = { understoodProgramme: true, outcome: 'passed', housingStable: true, resourcesStable: true };
const interview = {
  interviewerIds: ['staff-anne', 'staff-karim'],
  durationMinutes: 30,
  assessedFrenchLevel: 'B1',
  need: { score: 4 },
  motivation: { score: 4 },
  projectMaturity: { score: 3 },
  workshopNeeds: ['CV'],
};

const ROUNDS = 5;
const CONTENDERS = 6;

describe('two recruitment instances on one database', () => {
  // One database and one consumer-group prefix for both, as two replicas of one deployment.
  const database = `test_recruitment_${uniqueId('')}`;
  const overrides = { MONGO_DB: database, KAFKA_GROUP_PREFIX: `${uniqueId('two-instances-')}.` };
  const instances = [0, 1].map(() => createRecruitmentService(testServiceConfig('recruitment', overrides), pino({ level: 'silent' })));
  let apis: string[];
  let rennes: string;

  beforeAll(async () => {
    apis = [];
    for (const s of instances) apis.push(`http://127.0.0.1:${(await s.start()).httpPort}`);
    rennes = await userToken('rennes', 'manager');
  }, 120_000);

  afterAll(async () => {
    await instances[0].context().connection.dropDatabase();
    await Promise.all(instances.map((s) => s.stop()));
  });

  const post = (i: number, path: string, body: object) =>
    request(apis[i % 2])
      .post(path)
      .set(bearer(rennes))
      .send(body);

  /** An interviewed candidate, each step through either instance. */
  const interviewed = async (i: number): Promise<string> => {
    const applied = await request(apis[i % 2])
      .post('/v1/applications')
      .send(application());
    expect(applied.status).toBe(201);
    const id: string = applied.body.id;
    const screened = await post(i + 1, `/v1/candidates/${id}/screening`, screening);
    expect([screened.status, screened.body.errors]).toEqual([200, undefined]);
    expect((await post(i, `/v1/candidates/${id}/interview`, interview)).status).toBe(200);
    return id;
  };

  it(`When ${CONTENDERS} admissions to the last seat reach both instances at once, then exactly one is admitted, round after round`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const created = await post(round, '/v1/promotions', {
        territoryId: 'rennes',
        name: uniqueId('Promo '),
        startsOn: '2027-01-15',
        endsOn: '2027-07-15',
        capacity: 2,
      });
      expect(created.status).toBe(201);
      const p: string = created.body._id;
      expect((await post(round + 1, `/v1/promotions/${p}/transitions`, { to: 'recruiting' })).status).toBe(200);
      // One seat taken: one left.
      const first = await interviewed(round);
      expect((await post(round, `/v1/candidates/${first}/decision`, { outcome: 'admitted', promotionId: p })).status).toBe(200);

      const contenders = await Promise.all(Array.from({ length: CONTENDERS }, (_, i) => interviewed(i)));
      const results = await Promise.all(
        contenders.map((id, i) => post(i, `/v1/candidates/${id}/decision`, { outcome: 'admitted', promotionId: p })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(CONTENDERS - 1).fill(409)]);

      // Both instances read the same state: two admitted, and only the winner among the contenders.
      for (const api of apis) {
        const waitlist = await request(api).get(`/v1/promotions/${p}/waitlist`).set(bearer(rennes));
        expect(waitlist.body).toMatchObject({ capacity: 2, admitted: 2 });
      }
      const statuses = await Promise.all(
        contenders.map(
          async (id, i) =>
            (
              await request(apis[i % 2])
                .get(`/v1/candidates/${id}`)
                .set(bearer(rennes))
            ).body.status,
        ),
      );
      expect(statuses.filter((s) => s === 'admitted')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'interviewed')).toHaveLength(CONTENDERS - 1);
    }
  });
});
