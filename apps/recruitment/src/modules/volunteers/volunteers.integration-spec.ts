import request from 'supertest';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import { recruitmentEvents, recruitmentV1 } from '@binome/contracts';
import { decodeEnvelope, TOPICS } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  bearer,
  partnerCompanyBody,
  promotionBody,
  readTopic,
  serviceToken,
  STAFF,
  startInProcess,
  stopInProcess,
  subjectOf,
  testServiceConfig,
  tokensOf,
  uniqueId,
  userToken,
  volunteerBody,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

describe('volunteers against the real Kafka, database and Keycloak', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  let api: string;
  let grpcAddress: string;
  let rennes: string;
  let tours: string;
  let hq: string;
  let promotionId: string;
  let toursPromotionId: string;
  const companyId = uniqueId('sncf-');
  const parisCompanyId = uniqueId('vinci-');

  const plan = async (token: string, territoryId: string) =>
    (await request(api).post('/v1/promotions').set(bearer(token)).send(promotionBody({ territoryId }))).body._id as string;

  beforeAll(async () => {
    ({ api, grpcAddress } = await startInProcess(service));
    ({ rennes, tours, hq } = await tokensOf(STAFF));
    promotionId = await plan(rennes, 'rennes');
    toursPromotionId = await plan(tours, 'tours');
    await request(api)
      .post('/v1/partner-companies')
      .set(bearer(hq))
      .send(partnerCompanyBody({ id: companyId, territoryId: ['rennes', 'tours'] }))
      .expect(201);
    await request(api)
      .post('/v1/partner-companies')
      .set(bearer(hq))
      .send(partnerCompanyBody({ id: parisCompanyId, territoryId: ['paris'], name: 'Vinci' }))
      .expect(201);
  });

  afterAll(() => stopInProcess(service));

  const valid = (overrides: Record<string, unknown> = {}) => volunteerBody({ promotionId, companyId, ...overrides });
  const enrol = (token: string, body: Record<string, unknown>) => request(api).post('/v1/volunteers').set(bearer(token)).send(body);
  const move = (token: string, id: string, body: Record<string, unknown>) =>
    request(api).post(`/v1/volunteers/${id}/transitions`).set(bearer(token)).send(body);
  const eventsOf = async (id: string, count: number) => {
    const seen = await readTopic(TOPICS.recruitment, (m) => m.filter((x) => x.key?.toString() === id).length >= count);
    return seen.filter((x) => x.key?.toString() === id).map((x) => decodeEnvelope(x.value));
  };
  const matchable = async (token: string, territoryId: string, promotion: string) => {
    const client = createClient(recruitmentV1.RecruitmentServiceClient, grpcAddress);
    try {
      return await unaryCall<recruitmentV1.ListMatchableVolunteersRequest, recruitmentV1.ListMatchableVolunteersResponse>(
        client.listMatchableVolunteers.bind(client),
        { territoryId, promotionId: promotion },
        bearerMetadata(token),
      );
    } finally {
      client.close();
    }
  };

  it('When a volunteer is enrolled, trained and withdrawn, then the history says so and the three events reach Kafka', async () => {
    const res = await enrol(rennes, valid());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'enrolled',
      trained: false,
      capacity: 1,
      workplace: { town: 'Rennes', geo: { lat: expect.closeTo(48.11, 1) } },
    });
    expect(res.body.awarenessSession).toEqual({ date: '2026-11-11', companyId });
    const id = res.body.id as string;
    expect((await move(rennes, id, { to: 'trained', attendedOn: '2027-01-20' })).body).toMatchObject({ status: 'trained', trained: true });
    expect((await move(rennes, id, { to: 'withdrawn', reason: 'no_time' })).status).toBe(200);
    const got = await request(api).get(`/v1/volunteers/${id}`).set(bearer(rennes));
    expect(got.body.history.map((h: { status: string }) => h.status)).toEqual(['enrolled', 'trained', 'withdrawn']);
    expect(got.body.withdrawal).toMatchObject({ reason: 'no_time' });

    const envelopes = await eventsOf(id, 3);
    expect(envelopes.map((e) => e.type)).toEqual([
      'binome.events.v1.VolunteerEnrolled',
      'binome.events.v1.VolunteerTrained',
      'binome.events.v1.VolunteerWithdrawn',
    ]);
    expect(recruitmentEvents.VolunteerEnrolled.decode(envelopes[0].payload)).toEqual({
      volunteerId: id,
      territoryId: 'rennes',
      companyId,
      promotionId,
    });
    expect(recruitmentEvents.VolunteerTrained.decode(envelopes[1].payload)).toMatchObject({
      volunteerId: id,
      trainedOn: '2027-01-20',
      promotionId,
    });
    expect(recruitmentEvents.VolunteerWithdrawn.decode(envelopes[2].payload)).toMatchObject({ volunteerId: id, reason: 'no_time' });
  });

  it('When staff erase a volunteer, then the record keeps no personal data, VolunteerWithdrawn and VolunteerErased go out once, and Tours cannot', async () => {
    const res = await enrol(rennes, valid({ phone: '+33 6 12 34 56 78' }));
    const id = res.body.id as string;
    const email = res.body.contact.email as string;
    expect((await move(rennes, id, { to: 'trained', attendedOn: '2027-01-20' })).status).toBe(200);
    const erase = (token: string, body?: object) => request(api).delete(`/v1/volunteers/${id}`).set(bearer(token)).send(body);
    expect((await erase(tours)).status).toBe(404);
    const withBody = await erase(rennes, { reason: 'asked' });
    expect({ status: withBody.status, fields: withBody.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['body'],
    });
    expect((await erase(rennes)).status).toBe(204);
    expect((await erase(rennes)).status).toBe(204); // idempotent

    const got = (await request(api).get(`/v1/volunteers/${id}`).set(bearer(rennes))).body;
    const text = JSON.stringify(got);
    for (const personal of [
      email,
      res.body.identity.lastName,
      res.body.identity.firstName,
      '12 34 56 78',
      res.body.workplace.address,
      res.body.jobTitle,
    ])
      expect({ personal, found: text.includes(personal) }).toEqual({ personal, found: false });
    expect(got).toMatchObject({ status: 'withdrawn', companyId, promotionId, trained: true, erasedAt: expect.any(String) });
    expect(got.workplace.geo).toBeUndefined();
    expect(got.history.map((h: { status: string }) => h.status)).toEqual(['enrolled', 'trained', 'withdrawn']);
    // An erased volunteer is not offered to matching any more (withdrawn).
    expect((await matchable(rennes, 'rennes', promotionId)).volunteers.map((v) => v.id)).not.toContain(id);

    const envelopes = await eventsOf(id, 4);
    expect(envelopes.map((e) => e.type)).toEqual([
      'binome.events.v1.VolunteerEnrolled',
      'binome.events.v1.VolunteerTrained',
      'binome.events.v1.VolunteerWithdrawn',
      'binome.events.v1.VolunteerErased',
    ]);
    expect(recruitmentEvents.VolunteerWithdrawn.decode(envelopes[2].payload)).toMatchObject({ volunteerId: id, reason: 'personal' });
    expect(recruitmentEvents.VolunteerErased.decode(envelopes[3].payload)).toMatchObject({ volunteerId: id, territoryId: 'rennes' });
  });

  it.each([
    [[], { to: 'active' }, 'allowed: trained, withdrawn'],
    [[{ to: 'withdrawn', reason: 'personal' }], { to: 'trained', attendedOn: '2027-01-20' }, '"withdrawn" is final'],
    [[{ to: 'trained', attendedOn: '2027-01-20' }], { to: 'trained', attendedOn: '2027-01-21' }, 'allowed: active, withdrawn'],
  ])('When a volunteer makes an illegal move (after %j, to %j), then 409 illegal_transition', async (before, to, detail) => {
    const id = (await enrol(rennes, valid())).body.id;
    for (const step of before) expect((await move(rennes, id, step)).status).toBe(200);
    const res = await move(rennes, id, to);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'illegal_transition' });
    expect(res.body.detail).toContain(detail);
  });

  it('When the matching service lists a promotion, then untrained volunteers are flagged, withdrawn ones left out, and the profile is complete', async () => {
    const promotion = await plan(rennes, 'rennes');
    const untrained = (await enrol(rennes, valid({ promotionId: promotion, gender: 'F', minFrenchLevel: 'A2' }))).body.id;
    const trained = (await enrol(rennes, valid({ promotionId: promotion, capacity: 2 }))).body.id;
    const gone = (await enrol(rennes, valid({ promotionId: promotion }))).body.id;
    await move(rennes, trained, { to: 'trained', attendedOn: '2027-01-20' });
    await move(rennes, gone, { to: 'withdrawn', reason: 'left_company' });
    const res = await matchable(await serviceToken(), 'rennes', promotion);
    const byId = new Map(res.volunteers.map((v) => [v.id, v]));
    expect([...byId.keys()].sort()).toEqual([untrained, trained].sort());
    expect(byId.get(untrained)).toMatchObject({
      trained: false,
      companyId,
      sector: 'transport',
      trade: 'M1502',
      gender: 'F',
      minFrenchLevel: 'A2',
      capacity: 1,
      availability: ['tue-pm', 'thu-am'],
      strengths: ['CV', 'INTERVIEW'],
      languages: [{ code: 'en', level: 'fluent' }],
    });
    expect(byId.get(untrained)?.workplace?.lat).toBeCloseTo(48.11, 1);
    expect(byId.get(trained)).toMatchObject({ trained: true, capacity: 2 });
  });

  it('When an untrained volunteer is confirmed (active), then 409; once trained, it can be', async () => {
    const id = (await enrol(rennes, valid())).body.id;
    expect((await move(rennes, id, { to: 'active' })).status).toBe(409);
    await move(rennes, id, { to: 'trained', attendedOn: '2027-01-20' });
    expect((await move(rennes, id, { to: 'active' })).body.status).toBe('active');
  });

  it('When the company does not serve the territory, then 400 names body.companyId; an unknown promotion names body.promotionId', async () => {
    const res = await enrol(rennes, valid({ companyId: parisCompanyId }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'body.companyId', message: expect.stringContaining('serves territory rennes') }]);
    const other = await enrol(rennes, valid({ promotionId: toursPromotionId }));
    expect(other.status).toBe(400);
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.promotionId']);
  });

  it('When the commitment exceeds 3.5 days, then 400 names body.commitment.plannedDays', async () => {
    const res = await enrol(rennes, valid({ commitment: { accepted: true, plannedDays: 4 } }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'body.commitment.plannedDays', message: expect.stringContaining('3.5 days') }]);
  });

  it('When the same person enrols twice in a promotion, then 409', async () => {
    const body = valid();
    expect((await enrol(rennes, body)).status).toBe(201);
    expect((await enrol(rennes, body)).status).toBe(409);
  });

  it.each([
    ['body.territoryId', { territoryId: 'lyon' }],
    ['body.promotionId', { promotionId: 'not-a-uuid' }],
    ['body.companyId', { companyId: 'SNCF!' }],
    ['body.firstName', { firstName: undefined }],
    ['body.email', { email: 'nope' }],
    ['body.jobTitle', { jobTitle: 12 }],
    ['body.trade', { trade: 'm1502' }],
    ['body.workplace.town', { workplace: { address: '1 rue' } }],
    ['body.workplace', { workplace: { address: '1 rue', town: 'Rennes', floor: 3 } }],
    ['body.languages.0.level', { languages: [{ language: 'en', level: 'expert' }] }],
    ['body.availability.0', { availability: ['mon-night'] }],
    ['body.availability', { availability: ['mon-am', 'mon-am'] }],
    ['body.preferences.gender', { preferences: { gender: 'female' } }],
    ['body.strengths.0', { strengths: ['JUGGLING'] }],
    ['body.gender', { gender: 'unknown' }],
    ['body.minFrenchLevel', { minFrenchLevel: 'D1' }],
    ['body.capacity', { capacity: 3 }],
    ['body.capacity', { capacity: 'one' }],
    ['body.awarenessSession.date', { awarenessSession: { date: '2026-02-30' } }],
    ['body.commitment.accepted', { commitment: { accepted: false, plannedDays: 2 } }],
    ['body.commitment.plannedDays', { commitment: { accepted: true, plannedDays: 1.2 } }],
    ['body.commitment', { commitment: undefined }],
    ['body', { nickname: 'Cam' }],
  ])('When enrolling with a bad value, then 400 names %s', async (field, overrides) => {
    const res = await enrol(rennes, valid(overrides));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['body.to', { to: 'retired' }],
    ['body.attendedOn', { to: 'trained' }],
    ['body.reason', { to: 'withdrawn', reason: 'bored' }],
    ['body', { to: 'active', reason: 'x' }],
  ])('When a transition body is bad, then 400 names %s', async (field, body) => {
    const id = (await enrol(rennes, valid())).body.id;
    const res = await move(rennes, id, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['body', {}],
    ['body.capacity', { capacity: 0 }],
    ['body', { companyId: 'other' }],
    ['body.commitment.plannedDays', { commitment: { accepted: true, plannedDays: 5 } }],
  ])('When a profile update is bad, then 400 names %s', async (field, patch) => {
    const id = (await enrol(rennes, valid())).body.id;
    const res = await request(api).patch(`/v1/volunteers/${id}`).set(bearer(rennes)).send(patch);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When a manager updates the workplace and capacity, then they are stored with the new town coordinates', async () => {
    const id = (await enrol(rennes, valid())).body.id;
    const res = await request(api)
      .patch(`/v1/volunteers/${id}`)
      .set(bearer(rennes))
      .send({ capacity: 2, workplace: { address: '1 rue X', town: 'Cesson-Sévigné' } });
    expect(res.status).toBe(200);
    const got = await request(api).get(`/v1/volunteers/${id}`).set(bearer(rennes));
    expect(got.body).toMatchObject({ capacity: 2, workplace: { town: 'Cesson-Sévigné', geo: { lat: expect.closeTo(48.12, 2) } } });
  });

  it('When the console searches by promotion, status, sector, language and company with paging, then it gets the matching window and total', async () => {
    const promotion = await plan(rennes, 'rennes');
    for (const [sector, language] of [
      ['banque', 'ar'],
      ['banque', 'fa'],
      ['banque', 'ar'],
      ['btp', 'ar'],
    ]) {
      await enrol(rennes, valid({ promotionId: promotion, sector, languages: [{ language, level: 'native' }] }));
    }
    const res = await request(api)
      .get(
        `/v1/volunteers?promotionId=${promotion}&status=enrolled&sector=banque&language=ar&companyId=${companyId}&page=1&perPage=1&sort=createdAt&order=DESC`,
      )
      .set(bearer(rennes));
    expect(res.status).toBe(200);
    expect(res.headers['x-total-count']).toBe('2');
    expect(res.body).toHaveLength(1);
    const ra = await request(api).get(`/v1/volunteers?promotionId=${promotion}&_start=0&_end=10&_sort=id&_order=ASC`).set(bearer(rennes));
    expect(ra.headers['x-total-count']).toBe('4');
    expect(ra.body.map((v: { id: string }) => v.id)).toEqual([...ra.body.map((v: { id: string }) => v.id)].sort());
    const bad = await request(api).get('/v1/volunteers?status=sleeping&language=Arabic&sort=password').set(bearer(rennes));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['query.status', 'query.language', 'query.sort']),
    );
  });

  it('When a Tours manager reads, lists, searches, changes or lists by gRPC Rennes volunteers, then it is refused or sees nothing', async () => {
    const id = (await enrol(rennes, valid())).body.id;
    expect((await enrol(tours, valid())).status).toBe(403);
    expect((await request(api).get(`/v1/volunteers/${id}`).set(bearer(tours))).status).toBe(404);
    expect((await move(tours, id, { to: 'withdrawn', reason: 'other' })).status).toBe(404);
    expect((await request(api).patch(`/v1/volunteers/${id}`).set(bearer(tours)).send({ capacity: 2 })).status).toBe(404);
    const list = await request(api).get(`/v1/volunteers?territoryId=rennes&promotionId=${promotionId}`).set(bearer(tours));
    expect(list.body).toEqual([]);
    expect(list.headers['x-total-count']).toBe('0');
    await expect(matchable(tours, 'rennes', promotionId)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    // A Tours token asking for its own territory with a Rennes promotion id finds no such promotion.
    await expect(matchable(tours, 'tours', promotionId)).rejects.toMatchObject({ code: status.NOT_FOUND });
    expect((await request(api).get(`/v1/volunteers/${id}`).set(bearer(rennes))).body.status).toBe('enrolled');
  });

  it('When a volunteer signs in, then they read their own enrolment and nothing else', async () => {
    const volunteerToken = await userToken('rennes', 'volunteer');
    const subject = subjectOf(volunteerToken);
    const mine = (await enrol(rennes, valid({ userId: subject }))).body.id;
    const other = (await enrol(rennes, valid())).body.id;
    const res = await request(api).get('/v1/volunteers/me').set(bearer(volunteerToken));
    expect(res.status).toBe(200);
    expect(res.body.map((v: { id: string }) => v.id)).toEqual([mine]);
    // The matrix gives a volunteer `self` on volunteers: the list and the record are theirs only.
    const list = await request(api).get('/v1/volunteers').set(bearer(volunteerToken));
    expect(list.status).toBe(200);
    expect(list.body.map((v: { id: string }) => v.id)).toEqual([mine]);
    expect((await request(api).get(`/v1/volunteers/${mine}`).set(bearer(volunteerToken))).status).toBe(200);
    expect((await request(api).get(`/v1/volunteers/${other}`).set(bearer(volunteerToken))).status).toBe(404);

    // Other services map the token to the same records over gRPC, whatever the promotion.
    const client = createClient(recruitmentV1.RecruitmentServiceClient, grpcAddress);
    const own = (token: string, territoryId = 'rennes') =>
      unaryCall<recruitmentV1.ListOwnRecordsRequest, recruitmentV1.ListOwnRecordsResponse>(
        client.listOwnRecords.bind(client),
        { territoryId },
        bearerMetadata(token),
      );
    try {
      expect(await own(volunteerToken)).toEqual({ beneficiaryIds: [], volunteerIds: [mine] });
      // Staff hold a territory reach, not records of their own: nothing.
      expect(await own(rennes)).toEqual({ beneficiaryIds: [], volunteerIds: [] });
      await expect(own(tours)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      await expect(own(volunteerToken, '')).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    } finally {
      client.close();
    }
  });
});
