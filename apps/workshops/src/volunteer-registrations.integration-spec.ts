import request from 'supertest';
import pino from 'pino';
import { bearer, startInProcess, stopInProcess, testServiceConfig, tokensOf, uniqueId } from '@binome/testing';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
import { createWorkshopsService } from './workshops.service';

const DAY = 24 * 60 * 60_000;

/**
 * Volunteers take their own seat at the sessions that invite them (speed-meetings), against the
 * real database and Keycloak with real tokens; recruitment's gRPC is the contract-level double
 * that answers a volunteer's token with their own volunteer id, as recruitment does.
 */
describe('workshops: volunteers register themselves for speed-meetings', () => {
  const logger = pino({ level: 'silent' });
  let fake: FakeRecruitment;
  let service: ReturnType<typeof createWorkshopsService>;
  let api: string;
  const t = {} as Record<'manager' | 'volunteer' | 'beneficiary', string>;
  const promotion = uniqueId('promo-');
  const [V, otherVolunteer, B] = [uniqueId('v-'), uniqueId('v-'), uniqueId('b-')];
  const sessions = {} as Record<'speed' | 'cv', string>;

  const post = (path: string, body: object, token: string) => request(api).post(path).set(bearer(token)).send(body);
  const get = (path: string, token: string) => request(api).get(path).set(bearer(token));
  const fields = (res: request.Response) => (res.body.errors ?? []).map((e: { field: string }) => e.field);
  const plan = async (workshopId: string, capacity: Record<string, number>, inDays: number) => {
    const res = await post(
      '/v1/sessions',
      {
        workshopId,
        promotionIds: [promotion],
        startsAt: new Date(Date.now() + inDays * DAY),
        endsAt: new Date(Date.now() + inDays * DAY + 2 * 3_600_000),
        place: 'Rennes office',
        capacity,
      },
      t.manager,
    );
    expect(res.status).toBe(201);
    return String(res.body.id);
  };

  beforeAll(async () => {
    fake = await startFakeRecruitment(testServiceConfig('workshops'), logger);
    fake.people.set('volunteer@rennes.binome.test', { kind: 'volunteer', id: V });
    fake.people.set('beneficiary@rennes.binome.test', { kind: 'beneficiary', id: B });
    service = createWorkshopsService(testServiceConfig('workshops', { PEERS: `recruitment=${fake.address}` }), logger, {
      recruitmentGroup: `workshops-recruitment-test-${uniqueId()}`,
      recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
      meetingsGroup: `workshops-meetings-test-${uniqueId()}`,
      schedulingTopic: `binome.scheduling.v1.test-${uniqueId()}`,
      pairsGroup: `workshops-pairs-test-${uniqueId()}`,
      matchingTopic: `binome.matching.v1.test-${uniqueId()}`,
    });
    ({ api } = await startInProcess(service));
    Object.assign(
      t,
      await tokensOf({ manager: ['rennes', 'manager'], volunteer: ['rennes', 'volunteer'], beneficiary: ['rennes', 'beneficiary'] }),
    );
    sessions.speed = await plan('rennes-speed-meetings', { beneficiaries: 3, volunteers: 1 }, 4);
    sessions.cv = await plan('rennes-cv', { beneficiaries: 3 }, 5);
  }, 120_000);

  afterAll(async () => {
    await stopInProcess(service);
    await fake.stop();
  });

  it("When a volunteer registers themselves for speed-meetings, then they take a volunteers' seat; another pool, another person or a session without volunteer seats is refused, naming the field", async () => {
    const own = await post(`/v1/sessions/${sessions.speed}/registrations`, {}, t.volunteer);
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ personId: V, pool: 'volunteers', status: 'registered' });

    const again = await post(`/v1/sessions/${sessions.speed}/registrations`, { pool: 'volunteers' }, t.volunteer);
    expect({ status: again.status, fields: fields(again) }).toEqual({ status: 409, fields: ['body.personId'] });
    const beneficiarySeat = await post(`/v1/sessions/${sessions.speed}/registrations`, { pool: 'beneficiaries' }, t.volunteer);
    expect({ status: beneficiarySeat.status, detail: beneficiarySeat.body.detail }).toEqual({
      status: 403,
      detail: "A volunteer takes a volunteers' seat only (field: body.pool)",
    });
    const someoneElse = await post(
      `/v1/sessions/${sessions.speed}/registrations`,
      { personId: otherVolunteer, pool: 'volunteers' },
      t.volunteer,
    );
    expect(someoneElse.status).toBe(403);
    const noSeats = await post(`/v1/sessions/${sessions.cv}/registrations`, {}, t.volunteer);
    expect({ status: noSeats.status, fields: fields(noSeats) }).toEqual({ status: 400, fields: ['body.pool'] });

    // A beneficiary still takes a beneficiaries' seat only.
    const beneficiary = await post(`/v1/sessions/${sessions.speed}/registrations`, { pool: 'volunteers' }, t.beneficiary);
    expect({ status: beneficiary.status, detail: beneficiary.body.detail }).toEqual({
      status: 403,
      detail: "A beneficiary takes a beneficiaries' seat only (field: body.pool)",
    });
    expect((await post(`/v1/sessions/${sessions.speed}/registrations`, {}, t.beneficiary)).body).toMatchObject({
      personId: B,
      pool: 'beneficiaries',
    });
  });

  it('When the volunteer gives their seat up, then the next volunteer on the waitlist takes it, and the volunteer only ever sees their own registration', async () => {
    const waiting = await post(`/v1/sessions/${sessions.speed}/registrations`, { personId: otherVolunteer, pool: 'volunteers' }, t.manager);
    expect(waiting.body).toMatchObject({ status: 'waitlisted', rank: 1, pool: 'volunteers' });

    const seen = (await get(`/v1/sessions/${sessions.speed}`, t.volunteer)).body as { registrations: { id: string; personId: string }[] };
    expect(seen.registrations.map((r) => r.personId)).toEqual([V]);
    const cancelled = await post(`/v1/sessions/${sessions.speed}/registrations/${seen.registrations[0].id}/cancellation`, {}, t.volunteer);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });

    const after = (await get(`/v1/sessions/${sessions.speed}`, t.manager)).body as {
      registrations: { personId: string; status: string; pool: string }[];
    };
    expect(after.registrations.find((r) => r.personId === otherVolunteer)).toMatchObject({ status: 'registered', pool: 'volunteers' });
    expect(after.registrations.find((r) => r.personId === B)).toMatchObject({ status: 'registered', pool: 'beneficiaries' });
  });
});
