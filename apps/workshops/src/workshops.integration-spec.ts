import request from 'supertest';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import { events, recruitmentEvents, workshopsV1 } from '@binome/contracts';
import {
  createEnvelope,
  decodeEnvelope,
  decodePayload,
  deadLetterTopic,
  EVENTS,
  EventPublisher,
  TOPICS,
  type EventEnvelope,
  type EventType,
} from '@binome/events';
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
  tokensOf,
  uniqueId,
} from '@binome/testing';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
import { createWorkshopsService } from './workshops.service';

const { CandidateApplied, CandidateInterviewed, CandidateAdmitted, MeetingPlanned } = EVENTS;
const { WorkshopRegistrationPromoted, WorkshopSessionAttended, WorkshopFeedbackGiven, WorkshopAbsenceAlertRaised } = EVENTS;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * Workshops against the real Kafka, database and Keycloak: beneficiaries and their needs arrive
 * as recruitment's events and pair meetings as scheduling's (on this spec's own topics), every
 * call carries a real token; recruitment's gRPC is the contract-level double that answers a
 * beneficiary's token with their own id.
 */
describe('workshops: catalogue, sessions, a waitlist by need, attendance, alerts, feedback, recommendations', () => {
  const recruitmentTopic = `binome.recruitment.v1.test-${uniqueId()}`;
  const schedulingTopic = `binome.scheduling.v1.test-${uniqueId()}`;
  const recruitmentGroup = `workshops-recruitment-test-${uniqueId()}`;
  const logger = pino({ level: 'silent' });
  const realNow = Date.now();
  let clock = new Date(realNow);
  const day = (n: number, hour = 10, minute = 0) => new Date(Math.floor(realNow / DAY) * DAY + n * DAY + hour * HOUR + minute * MIN);
  let fake: FakeRecruitment;
  let service: ReturnType<typeof createWorkshopsService>;
  let api: string;
  let grpcAddress: string;
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  const t = {} as Record<'manager' | 'hq' | 'koach' | 'beneficiary' | 'parisManager', string>;

  const promotion = uniqueId('promo-');
  const B = uniqueId('b-'); // the Rennes beneficiary account's candidate id
  const people = { X: uniqueId('x-'), Y: uniqueId('y-'), Z: uniqueId('z-'), W: uniqueId('w-'), Q: uniqueId('q-'), R: uniqueId('r-') };
  let koachId: string;
  const sessions = {} as Record<'s1' | 's2' | 's4' | 'paris', string>;

  const fromRecruitment = <T>(type: EventType<T>, candidateId: string, payload: T, territoryId = 'rennes'): EventEnvelope =>
    createEnvelope({ type, payload, territoryId, aggregateType: 'candidate', aggregateId: candidateId, source: 'recruitment' });
  const interviewed = (id: string, needs: string[]) =>
    fromRecruitment(CandidateInterviewed, id, { candidateId: id, territoryId: 'rennes', assessedFrenchLevel: 'B1', workshopNeeds: needs });
  const admitted = (id: string) =>
    fromRecruitment(CandidateAdmitted, id, {
      candidateId: id,
      territoryId: 'rennes',
      promotionId: promotion,
      eligibilityOverridden: false,
    });
  const get = (path: string, token: string) => request(api).get(path).set(bearer(token));
  const post = (path: string, body: object, token: string) => request(api).post(path).set(bearer(token)).send(body);
  const put = (path: string, body: object, token: string) => request(api).put(path).set(bearer(token)).send(body);
  const patch = (path: string, body: object, token: string) => request(api).patch(path).set(bearer(token)).send(body);
  const fields = (res: request.Response) => (res.body.errors ?? []).map((e: { field: string }) => e.field);
  const known = (personId: string, check: (body: { recommended: { workshopId: string }[] }) => boolean = () => true) =>
    eventually(
      async () => {
        const res = await get(`/v1/beneficiaries/${personId}/recommendations`, t.manager);
        return res.status === 200 && check(res.body) ? res.body : undefined;
      },
      30_000,
      `beneficiary ${personId} projected`,
    );
  const workshopEvents = async <T>(type: EventType<T>, match: (p: T) => boolean): Promise<T> => {
    let found: T | undefined;
    await readTopic(TOPICS.workshops, (seen) =>
      seen.some((m) => {
        try {
          const e = decodeEnvelope(m.value);
          if (e.type !== type.name) return false;
          const p = decodePayload(type, e);
          if (match(p)) found = p;
          return !!found;
        } catch {
          return false;
        }
      }),
    );
    return found as T;
  };
  const register = (sessionId: string, personId: string) => post(`/v1/sessions/${sessionId}/registrations`, { personId }, t.manager);

  beforeAll(async () => {
    const base = testServiceConfig('workshops');
    fake = await startFakeRecruitment(base, logger);
    fake.people.set('beneficiary@rennes.binome.test', { kind: 'beneficiary', id: B });
    service = createWorkshopsService(testServiceConfig('workshops', { PEERS: `recruitment=${fake.address}` }), logger, {
      recruitmentGroup,
      recruitmentTopic,
      meetingsGroup: `workshops-meetings-test-${uniqueId()}`,
      schedulingTopic,
      now: () => clock,
    });
    ({ api, grpcAddress } = await startInProcess(service));
    await publisher.connect();
    Object.assign(
      t,
      await tokensOf({
        manager: ['rennes', 'manager'],
        hq: ['national', 'hq'],
        koach: ['rennes', 'koach'],
        beneficiary: ['rennes', 'beneficiary'],
        parisManager: ['paris', 'manager'],
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await fake.stop();
  });

  it('When recruitment records intake needs, then the beneficiary gets recommendations with their reasons, and what their referring partner already offers is not repeated', async () => {
    await publisher.publish(recruitmentTopic, [
      fromRecruitment(CandidateApplied, B, {
        candidateId: B,
        territoryId: 'rennes',
        channel: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL,
        referringPartnerId: 'cirefe',
        appliedAt: new Date(),
        partnerSharingConsent: true,
      }),
      interviewed(B, ['CV', 'LINKEDIN', 'PROFESSIONAL_CODES']),
      admitted(B),
    ]);
    expect((await patch('/v1/workshops/rennes-professional-codes', { offeredByPartners: ['cirefe'] }, t.manager)).status).toBe(200);
    const body = await known(B, (b) => b.recommended.length >= 2);
    expect(body.recommended.map((r: { workshopId: string; reasons: string[] }) => [r.workshopId, r.reasons])).toEqual(
      expect.arrayContaining([
        ['rennes-cv', ['no French CV yet (intake)']],
        ['rennes-linkedin', ['no LinkedIn profile (intake)']],
      ]),
    );
    expect(body.notRepeated).toEqual([
      expect.objectContaining({ workshopId: 'rennes-professional-codes', reason: 'offered-by-referring-partner' }),
    ]);
    // The person sees their own; another person's is 404 for them, as for Paris staff.
    expect((await get(`/v1/beneficiaries/${B}/recommendations`, t.beneficiary)).status).toBe(200);
    await publisher.publish(recruitmentTopic, [interviewed(people.Z, ['CV']), interviewed(people.W, ['CV']), admitted(people.Z)]);
    await known(people.Z);
    await known(people.W);
    expect((await get(`/v1/beneficiaries/${people.Z}/recommendations`, t.beneficiary)).status).toBe(404);
    expect((await get(`/v1/beneficiaries/${B}/recommendations`, t.parisManager)).status).toBe(404);
  });

  it('When sessions are planned, then bad times name their field, and a facilitator outside their availability or double-booked is refused', async () => {
    const f = await post(
      '/v1/facilitators',
      {
        territoryId: 'rennes',
        kind: 'koach',
        email: 'koach@rennes.binome.test',
        availability: [{ startsAt: day(1, 0), endsAt: day(20, 0) }],
      },
      t.manager,
    );
    expect(f.status).toBe(201);
    koachId = f.body.id;
    const plan = (body: object) => post('/v1/sessions', body, t.manager);
    const s1 = {
      workshopId: 'rennes-cv',
      promotionIds: [promotion],
      startsAt: day(2, 10),
      endsAt: day(2, 12),
      place: 'Rennes office',
      capacity: { beneficiaries: 1 },
    };
    const bad = await plan({ ...s1, endsAt: day(2, 9) });
    expect({ status: bad.status, fields: fields(bad) }).toEqual({ status: 400, fields: ['body.endsAt'] });
    const lateClose = await plan({ ...s1, closesAt: day(2, 11) });
    expect({ status: lateClose.status, fields: fields(lateClose) }).toEqual({ status: 400, fields: ['body.closesAt'] });

    const one = await plan(s1);
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({ atRisk: true, facilitatorIds: [], competencies: ['french-cv'], closesAt: day(1, 10).toISOString() });
    sessions.s1 = one.body.id;
    const two = await plan({
      workshopId: 'rennes-linkedin',
      promotionIds: [promotion],
      startsAt: day(3, 14),
      endsAt: day(3, 16),
      link: 'https://meet.example.org/linkedin',
      capacity: { beneficiaries: 3 },
      facilitatorIds: [koachId],
    });
    expect(two.body).toMatchObject({ atRisk: false, facilitatorIds: [koachId] });
    sessions.s2 = two.body.id;

    const clash = await plan({ ...s1, startsAt: day(3, 15), endsAt: day(3, 17), facilitatorIds: [koachId] });
    expect({ status: clash.status, fields: fields(clash) }).toEqual({ status: 409, fields: ['body.facilitatorIds.0'] });
    expect(clash.body.detail).toMatch(/double booking/);
    const away = await plan({ ...s1, startsAt: day(25, 10), endsAt: day(25, 12), facilitatorIds: [koachId] });
    expect({ status: away.status, detail: away.body.detail }).toEqual({
      status: 409,
      detail: 'body.facilitatorIds.0: outside the availability the facilitator declared',
    });
    const s4 = await plan({ ...s1, startsAt: day(4, 14), endsAt: day(4, 16), capacity: { beneficiaries: 5 }, facilitatorIds: [koachId] });
    sessions.s4 = s4.body.id;
    // The Koach sees the sessions they facilitate.
    const mine = await get('/v1/sessions?mine=true', t.koach);
    expect(mine.body.map((s: { id: string }) => s.id).sort()).toEqual([sessions.s2, sessions.s4].sort());
  });

  it('When a Rennes token reaches a Paris session, then it is 404, as an unknown id, and nothing is written', async () => {
    const paris = await post(
      '/v1/sessions',
      {
        workshopId: 'paris-cv',
        promotionIds: ['promo-paris'],
        startsAt: day(5),
        endsAt: day(5, 12),
        place: 'Paris',
        capacity: { beneficiaries: 4 },
      },
      t.hq,
    );
    expect(paris.status).toBe(201);
    sessions.paris = paris.body.id;
    for (const res of [
      await get(`/v1/sessions/${sessions.paris}`, t.manager),
      await register(sessions.paris, people.X),
      await post(`/v1/sessions/${sessions.paris}/registrations`, {}, t.beneficiary),
      await patch(`/v1/sessions/${sessions.paris}`, { capacity: { beneficiaries: 1 } }, t.manager),
    ])
      expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
        status: 404,
        type: expect.stringMatching(/problem\+json/),
      });
    expect((await get(`/v1/sessions/${sessions.paris}`, t.parisManager)).body).toMatchObject({ seatsTaken: { beneficiaries: 0 } });
    expect((await get('/v1/sessions', t.manager)).body.map((s: { id: string }) => s.id)).not.toContain(sessions.paris);
  });

  it('When a seat frees, then the waitlist is promoted by need before time of request, skipping a person whose meeting clashes; after closing, nobody is promoted', async () => {
    // W needs a CV but has a pair meeting during the session.
    await publisher.publish(schedulingTopic, [
      createEnvelope({
        type: MeetingPlanned,
        payload: {
          meetingId: uniqueId('m-'),
          pairId: 'pair-w',
          territoryId: 'rennes',
          promotionId: promotion,
          beneficiaryId: people.W,
          volunteerId: 'v-w',
          startsAt: day(2, 11),
          durationMinutes: 60,
        },
        territoryId: 'rennes',
        aggregateType: 'pair',
        aggregateId: 'pair-w',
        source: 'scheduling',
      }),
    ]);
    expect((await register(sessions.s1, people.X)).body).toMatchObject({ status: 'registered' });
    const y = await register(sessions.s1, people.Y);
    expect(y.body).toMatchObject({ status: 'waitlisted', rank: 1, reason: 'no intake need answered by this workshop' });
    clock = new Date(clock.getTime() + MIN);
    expect((await register(sessions.s1, people.W)).body).toMatchObject({ status: 'waitlisted', rank: 1, reason: 'intake: CV' });
    clock = new Date(clock.getTime() + MIN);
    expect((await register(sessions.s1, people.Z)).body).toMatchObject({ status: 'waitlisted', rank: 2, reason: 'intake: CV' });
    const dup = await register(sessions.s1, people.Y);
    expect({ status: dup.status, fields: fields(dup) }).toEqual({ status: 409, fields: ['body.personId'] });
    const full = await patch(`/v1/sessions/${sessions.s1}`, { capacity: { beneficiaries: 0 } }, t.manager);
    expect({ status: full.status, fields: fields(full) }).toEqual({ status: 400, fields: ['body.capacity.beneficiaries'] });
    // A Koach sees the roll without the staff's reasons.
    const x = (await get(`/v1/sessions/${sessions.s1}`, t.manager)).body.registrations.find(
      (r: { personId: string }) => r.personId === people.X,
    );

    // The meeting projection is read straight from the spec's own database (no route serves it).
    await eventually(
      async () => ((await service.context().connection.collection('person_meetings').findOne({ personIds: people.W })) ? true : undefined),
      20_000,
      'the meeting of W projected',
    );
    const cancelled = await post(`/v1/sessions/${sessions.s1}/registrations/${x.id}/cancellation`, {}, t.manager);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const after = (await get(`/v1/sessions/${sessions.s1}`, t.manager)).body;
    const statusOf = (p: string) => after.registrations.find((r: { personId: string }) => r.personId === p)?.status;
    expect([statusOf(people.Z), statusOf(people.W), statusOf(people.Y)]).toEqual(['registered', 'waitlisted', 'waitlisted']);
    expect(await workshopEvents(WorkshopRegistrationPromoted, (p) => p.sessionId === sessions.s1)).toMatchObject({
      personId: people.Z,
      seatPool: 'beneficiaries',
      // What scheduling's email says (never the place).
      startsAt: day(2, 10),
      endsAt: day(2, 12),
      workshopTitle: expect.stringMatching(/CV/),
    });

    clock = day(1, 11); // after closing (the day before, 10:00)
    const z = after.registrations.find((r: { personId: string }) => r.personId === people.Z);
    expect((await post(`/v1/sessions/${sessions.s1}/registrations/${z.id}/cancellation`, {}, t.manager)).status).toBe(200);
    const closed = (await get(`/v1/sessions/${sessions.s1}`, t.manager)).body;
    expect({ seats: closed.seatsTaken.beneficiaries, waiting: closed.waitlisted.beneficiaries }).toEqual({ seats: 0, waiting: 2 });
    const late = await register(sessions.s1, people.Q);
    expect({ status: late.status, fields: fields(late) }).toEqual({ status: 409, fields: ['closesAt'] });
  });

  it('When the session takes place, then the check-in code marks the person present, the roll marks the others, assiduity is computed and session.attended carries the competencies', async () => {
    clock = day(2, 9);
    expect((await post(`/v1/sessions/${sessions.s2}/registrations`, {}, t.beneficiary)).body).toMatchObject({
      personId: B,
      status: 'registered',
    });
    for (const p of [people.Q, people.R]) expect((await register(sessions.s2, p)).status).toBe(201);
    for (const p of [people.Q, people.R]) expect((await register(sessions.s4, p)).status).toBe(201);
    const seated = await patch(`/v1/sessions/${sessions.s2}`, { capacity: { beneficiaries: 2 } }, t.manager);
    expect({ status: seated.status, fields: fields(seated) }).toEqual({ status: 409, fields: ['body.capacity.beneficiaries'] });

    expect((await get(`/v1/sessions/${sessions.s2}/check-in-code`, t.koach)).status).toBe(409); // too early
    clock = day(3, 14, 5);
    const code = await get(`/v1/sessions/${sessions.s2}/check-in-code`, t.koach);
    expect(code.body.code).toMatch(/^\d{6}$/);
    const wrong = await post(
      `/v1/sessions/${sessions.s2}/check-in`,
      { code: code.body.code === '000000' ? '111111' : '000000' },
      t.beneficiary,
    );
    expect({ status: wrong.status, fields: fields(wrong) }).toEqual({ status: 400, fields: ['body.code'] });
    expect((await post(`/v1/sessions/${sessions.s2}/check-in`, { code: code.body.code }, t.beneficiary)).body).toMatchObject({
      attendance: 'present',
    });

    const roll = (await get(`/v1/sessions/${sessions.s2}`, t.koach)).body;
    expect(roll.registrations.every((r: { reason?: string }) => r.reason === undefined)).toBe(true);
    const idOf = (p: string) => roll.registrations.find((r: { personId: string }) => r.personId === p).id;
    const marked = await put(
      `/v1/sessions/${sessions.s2}/attendance`,
      {
        marks: [
          { registrationId: idOf(people.Q), mark: 'absent' },
          { registrationId: idOf(people.R), mark: 'absent' },
        ],
      },
      t.koach,
    );
    expect(marked.status).toBe(200);
    expect(
      (await put(`/v1/sessions/${sessions.s2}/attendance`, { marks: [{ registrationId: idOf(B), mark: 'late' }] }, t.beneficiary)).status,
    ).toBe(403);
    expect((await get(`/v1/sessions/${sessions.s2}/assiduity`, t.koach)).body.assiduity).toMatchObject({
      present: 1,
      absent: 2,
      rate: 0.333,
    });
    expect(await workshopEvents(WorkshopSessionAttended, (p) => p.sessionId === sessions.s2)).toMatchObject({
      personId: B,
      attendance: 'present',
      competencies: ['online-presence', 'networking'],
    });
    expect((await get(`/v1/people/${B}/assiduity`, t.beneficiary)).body).toMatchObject({ assiduity: { present: 1, rate: 1 }, alert: null });
    expect((await get('/v1/workshops/rennes-linkedin/assiduity', t.manager)).body.assiduity).toMatchObject({ present: 1, absent: 2 });

    const client = createClient(workshopsV1.WorkshopsServiceClient, grpcAddress);
    try {
      const competencies = await unaryCall<workshopsV1.ListAttendedCompetenciesRequest, workshopsV1.ListAttendedCompetenciesResponse>(
        client.listAttendedCompetencies.bind(client),
        { territoryId: 'rennes', personId: B },
        bearerMetadata(await serviceToken()),
      );
      expect(competencies.competencies).toEqual(['networking', 'online-presence']);
      await expect(
        unaryCall(client.getAssiduity.bind(client), { territoryId: 'rennes', personId: B }, bearerMetadata(t.parisManager)),
      ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    } finally {
      client.close();
    }
  });

  it('When feedback is anonymous, then neither the stored rating nor its event carries the person; a second rating is refused', async () => {
    const res = await post(
      `/v1/sessions/${sessions.s2}/feedback`,
      { usefulness: 2, comment: 'Already done at my NGO', anonymous: true },
      t.beneficiary,
    );
    expect(res.status).toBe(201);
    const again = await post(`/v1/sessions/${sessions.s2}/feedback`, { usefulness: 5, anonymous: false }, t.beneficiary);
    expect(again.status).toBe(409);
    const summary = (await get('/v1/workshops/rennes-linkedin/feedback', t.manager)).body;
    expect(summary).toMatchObject({ count: 1, averageUsefulness: 2 });
    expect(summary.items[0]).not.toHaveProperty('personId');
    expect(JSON.stringify(summary)).not.toContain(B);
    const event = await workshopEvents(WorkshopFeedbackGiven, (p) => p.feedbackId === res.body.id);
    expect(event).toMatchObject({ anonymous: true, personId: '', usefulness: 2 });
    // The attended workshop is no longer recommended to them.
    const rec = (await get(`/v1/beneficiaries/${B}/recommendations`, t.beneficiary)).body;
    expect(rec.notRepeated).toEqual(
      expect.arrayContaining([expect.objectContaining({ workshopId: 'rennes-linkedin', reason: 'already-attended' })]),
    );
  });

  it('When a person misses two past sessions without excuse, then the alert is raised once; excused absences do not count; the flag expires', async () => {
    clock = day(4, 14, 30);
    const roll = (await get(`/v1/sessions/${sessions.s4}`, t.koach)).body;
    const idOf = (p: string) => roll.registrations.find((r: { personId: string }) => r.personId === p).id;
    await put(
      `/v1/sessions/${sessions.s4}/attendance`,
      {
        marks: [
          { registrationId: idOf(people.Q), mark: 'absent' },
          { registrationId: idOf(people.R), mark: 'excused' },
        ],
      },
      t.koach,
    );
    const q = (await get(`/v1/people/${people.Q}/assiduity`, t.manager)).body;
    expect(q).toMatchObject({ assiduity: { absent: 2, rate: 0 }, alert: { unexcusedAbsences: 2 } });
    expect((await get(`/v1/people/${people.R}/assiduity`, t.manager)).body).toMatchObject({
      assiduity: { absent: 1, excused: 1 },
      alert: null,
    });
    expect(await workshopEvents(WorkshopAbsenceAlertRaised, (p) => p.personId === people.Q)).toMatchObject({
      unexcusedAbsences: 2,
      territoryId: 'rennes',
    });
    expect((await get(`/v1/people/${people.Q}/assiduity`, t.parisManager)).status).toBe(404);
    clock = new Date(day(4, 14, 30).getTime() + 31 * DAY);
    expect((await get(`/v1/people/${people.Q}/assiduity`, t.manager)).body.alert).toBeNull();
  });

  it('When the same recruitment event is delivered twice, then it is applied once (a later interview is not undone by the copy)', async () => {
    const id = uniqueId('dup-');
    const first = interviewed(id, ['CV']);
    await publisher.publish(recruitmentTopic, [first, admitted(id)]);
    await known(id, (b) => b.recommended.some((r) => r.workshopId === 'rennes-cv'));
    await publisher.publish(recruitmentTopic, [interviewed(id, ['FRENCH'])]);
    await known(id, (b) => b.recommended.some((r) => r.workshopId === 'rennes-oral-french'));
    // A later event of the same person (same key, so same partition, consumed after the copy) tells when the copy was handled.
    const marker = fromRecruitment(CandidateApplied, id, {
      candidateId: id,
      territoryId: 'rennes',
      channel: recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE,
      referringPartnerId: 'marker-partner',
      appliedAt: new Date(),
      partnerSharingConsent: false,
    });
    await publisher.publish(recruitmentTopic, [first, marker]);
    await eventually(
      async () =>
        (
          await service
            .context()
            .connection.collection('beneficiaries')
            .findOne({ _id: id as never })
        )?.referringPartnerId === 'marker-partner'
          ? true
          : undefined,
      20_000,
      'the marker consumed',
    );
    const body = await known(id);
    expect(body.recommended.map((r: { workshopId: string }) => r.workshopId)).toEqual(['rennes-oral-french']);
  });

  it('When a poison message arrives, then it goes to the dead-letter topic and consuming goes on', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: recruitmentTopic, messages: [{ key: 'poison', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]) }] });
    await producer.disconnect();
    const id = uniqueId('after-poison-');
    await publisher.publish(recruitmentTopic, [interviewed(id, ['DIGITAL']), admitted(id)]);
    await known(id);
    const dlt = await readTopic(deadLetterTopic(recruitmentGroup), (seen) => seen.some((m) => m.key?.toString() === 'poison'));
    const record = events.DeadLetter.decode(dlt.find((m) => m.key?.toString() === 'poison')?.value ?? Buffer.alloc(0));
    expect(record).toMatchObject({ originalTopic: recruitmentTopic, consumerGroup: recruitmentGroup, reason: 'decode_failed' });
  });
});
