import request from 'supertest';
import pino from 'pino';
import { bearer, startInProcess, stopInProcess, testServiceConfig, tokensOf, uniqueId } from '@binome/testing';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
import { createWorkshopsService } from '../../../workshops.service';

const DAY = 86_400_000;

/**
 * A promotion's beneficiaries registering for one session at the same moment (found by
 * `npm run bench:load`: half of a burst of registrations answered 409 "the session changed
 * meanwhile"). The seats are one compare-and-set on the session; a lost race is the server's to
 * retry, not the caller's: every registration lands, and no seat is given twice.
 */
describe('workshops: registrations arriving together for one session', () => {
  const logger = pino({ level: 'silent' });
  let fake: FakeRecruitment;
  let service: ReturnType<typeof createWorkshopsService>;
  let api: string;
  let manager: string;
  const promotion = uniqueId('promo-');
  const start = new Date(Math.floor(Date.now() / DAY) * DAY + 5 * DAY + 9 * 3_600_000);

  beforeAll(async () => {
    const base = testServiceConfig('workshops');
    fake = await startFakeRecruitment(base, logger);
    service = createWorkshopsService(testServiceConfig('workshops', { PEERS: `recruitment=${fake.address}` }), logger, {
      recruitmentGroup: `workshops-recruitment-test-${uniqueId()}`,
      recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
      meetingsGroup: `workshops-meetings-test-${uniqueId()}`,
      schedulingTopic: `binome.scheduling.v1.test-${uniqueId()}`,
    });
    ({ api } = await startInProcess(service));
    ({ manager } = await tokensOf({ manager: ['rennes', 'manager'] }));
  }, 120_000);

  afterAll(async () => {
    await stopInProcess(service);
    await fake.stop();
  });

  const plan = async (beneficiaries: number, day: number) => {
    const res = await request(api)
      .post('/v1/sessions')
      .set(bearer(manager))
      .send({
        workshopId: 'rennes-cv',
        promotionIds: [promotion],
        startsAt: new Date(start.getTime() + day * DAY),
        endsAt: new Date(start.getTime() + day * DAY + 3 * 3_600_000),
        place: 'Rennes office',
        capacity: { beneficiaries },
      });
    expect(res.status).toBe(201);
    return String(res.body.id);
  };
  const burst = (sessionId: string, people: string[]) =>
    Promise.all(
      people.map((personId) => request(api).post(`/v1/sessions/${sessionId}/registrations`).set(bearer(manager)).send({ personId })),
    );

  it('When 12 people register at once for a session with room, then all 12 are seated (no 409)', async () => {
    const sessionId = await plan(20, 0);
    const people = Array.from({ length: 12 }, (_, i) => uniqueId(`p${i}-`));
    const answers = await burst(sessionId, people);
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201));
    const session = (await request(api).get(`/v1/sessions/${sessionId}`).set(bearer(manager))).body as {
      registrations: { personId: string; status: string }[];
    };
    expect(session.registrations.map((r) => r.personId).sort()).toEqual([...people].sort());
    expect(session.registrations.every((r) => r.status === 'registered')).toBe(true);
  });

  it('When 12 people register at once for 5 seats, then exactly 5 are seated and 7 waitlisted, each once', async () => {
    const sessionId = await plan(5, 1);
    const people = Array.from({ length: 12 }, (_, i) => uniqueId(`q${i}-`));
    const answers = await burst(sessionId, people);
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201));
    const statuses = answers.map((a) => String(a.body.status));
    expect(statuses.filter((s) => s === 'registered')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(7);
    const session = (await request(api).get(`/v1/sessions/${sessionId}`).set(bearer(manager))).body as {
      registrations: { personId: string; status: string }[];
    };
    expect(session.registrations).toHaveLength(12);
    expect(new Set(session.registrations.map((r) => r.personId)).size).toBe(12);
    expect(session.registrations.filter((r) => r.status === 'registered')).toHaveLength(5);
  });

  it('When the same person is sent twice at once, then one registration lands and the other is the 409 naming body.personId', async () => {
    const sessionId = await plan(5, 2);
    const person = uniqueId('twice-');
    const answers = await burst(sessionId, [person, person]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect((refused?.body.errors ?? []).map((e: { field: string }) => e.field)).toEqual(['body.personId']);
  });
});
