import request from 'supertest';
import pino from 'pino';
import { referralEvents } from '@binome/contracts';
import { decodeEnvelope, TOPICS, type EventEnvelope, partnerReferralTopic } from '@binome/events';
import {
  bearer,
  consentBody as consent,
  minimalApplicationBody,
  partnerOrganisationDoc,
  promotionBody,
  readTopic,
  startInProcess,
  stopInProcess,
  testServiceConfig,
  tokensOf,
  uniqueId,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';
import { PartnerOrganisationRepository } from '../organisations/partner-organisation.repository';

/** Yonas, an Eritrean welder with subsidiary protection: the referrals' applicant. */
const application = (overrides: Record<string, unknown> = {}) =>
  minimalApplicationBody({
    firstName: 'Yonas',
    lastName: 'Tesfaye',
    email: `${uniqueId('yonas.')}@example.org`,
    phone: '+33 7 11 22 33 44',
    town: 'Vitré',
    protectionStatus: 'subsidiary_protection',
    languages: [{ language: 'ti', level: 'native' }],
    frenchLevel: 'A2',
    experience: [{ trade: 'Welder', sector: 'Industry', years: 8, country: 'ER' }],
    targetSector: 'Industry',
    ...overrides,
  });

describe('referrals against the real Kafka, database and Keycloak', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  let api: string;
  let rennes: string;
  let tours: string;
  let cirefe: string;
  let promotionId: string;

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
    ({ rennes, tours, cirefe } = await tokensOf({
      rennes: ['rennes', 'manager'],
      tours: ['tours', 'manager'],
      cirefe: ['partners', 'ngo-cirefe'],
    }));
    const organisations = new PartnerOrganisationRepository(service.context().connection);
    for (const [id, territories] of [
      ['cirefe', ['rennes', 'tours']],
      ['prisme', ['rennes']],
    ] as const) {
      await organisations.insert(partnerOrganisationDoc(id, { territoryId: [...territories], name: id.toUpperCase(), kind: 'ngo' }));
    }
    const p = await post(rennes, '/v1/promotions', promotionBody());
    promotionId = p.body._id;
    await post(rennes, `/v1/promotions/${promotionId}/transitions`, { to: 'recruiting' });
  });

  afterAll(() => stopInProcess(service));

  const post = (token: string, path: string, body: unknown) =>
    request(api)
      .post(path)
      .set(bearer(token))
      .send(body as object);
  const get = (path: string, token = rennes) => request(api).get(path).set(bearer(token));

  /** Applies and goes through screening and interview; returns the candidate id. */
  const interviewed = async (overrides: Record<string, unknown> = {}, token = rennes): Promise<string> => {
    const applied = await request(api).post('/v1/applications').send(application(overrides));
    expect(applied.status).toBe(201);
    const id: string = applied.body.id;
    expect(
      (
        await post(token, `/v1/candidates/${id}/screening`, {
          understoodProgramme: true,
          outcome: 'passed',
          housingStable: true,
          resourcesStable: true,
        })
      ).status,
    ).toBe(200);
    const interview = {
      interviewerIds: ['staff-a', 'staff-b'],
      durationMinutes: 30,
      assessedFrenchLevel: 'B1',
      need: { score: 3 },
      motivation: { score: 4 },
      projectMaturity: { score: 3 },
      workshopNeeds: ['FRENCH'],
    };
    expect((await post(token, `/v1/candidates/${id}/interview`, interview)).status).toBe(200);
    return id;
  };
  const referOut = async (partnerId: string, shared: boolean): Promise<{ candidateId: string; referralId: string }> => {
    const candidateId = await interviewed({ consent: consent(shared) });
    const res = await post(rennes, `/v1/candidates/${candidateId}/decision`, {
      outcome: 'referred',
      partnerId,
      reason: 'Intensive French course first',
    });
    expect(res.status).toBe(200);
    return { candidateId, referralId: res.body.decision.referralId };
  };
  const partnerFeed = async (until: (ids: Set<string>) => boolean): Promise<EventEnvelope[]> => {
    const decode = (seen: { value: Buffer | null }[]) => seen.map((m) => decodeEnvelope(m.value));
    const seen = await readTopic(TOPICS.referrals, (m) => until(new Set(decode(m).map((e) => e.aggregateId))));
    return decode(seen);
  };

  it('When the person did not consent to partner sharing, then the referral is recorded internally without person data and never published; with consent it is, with the minimum data only', async () => {
    const hidden = await referOut('cirefe', false);
    const shared = await referOut('cirefe', true);

    const internal = await get(`/v1/referrals/${hidden.referralId}`);
    expect(internal.status).toBe(200);
    expect(internal.body).toMatchObject({
      direction: 'outbound',
      status: 'sent',
      sharedWithPartner: false,
      partnerId: 'cirefe',
      candidateId: hidden.candidateId,
    });
    expect(internal.body.person).toBeUndefined();

    // The consented referral was written after the other one: once it is on the topic, the other
    // one would be too if it had been queued (the relay publishes every pending outbox entry).
    const feed = await partnerFeed((ids) => ids.has(shared.referralId));
    expect(feed.some((e) => e.aggregateId === hidden.referralId)).toBe(false);
    const issued = feed.find((e) => e.aggregateId === shared.referralId);
    if (!issued) throw new Error('expected the ReferralIssued event');
    expect(issued.type).toBe('binome.events.v1.ReferralIssued');
    const payload = referralEvents.ReferralIssued.decode(issued.payload);
    expect(payload).toMatchObject({
      referralId: shared.referralId,
      partnerId: 'cirefe',
      territoryId: 'rennes',
      direction: referralEvents.ReferralDirection.REFERRAL_DIRECTION_OUTBOUND,
      reason: 'Intensive French course first',
    });
    expect(payload.person).toEqual({
      firstName: 'Yonas',
      lastName: 'Tesfaye',
      email: expect.stringMatching(/@example\.org$/),
      phone: '+33 7 11 22 33 44',
      frenchLevel: 'B1',
    });
    // Nothing else about the person: no town, trade, languages, protection or internal candidate id.
    expect(Buffer.from(issued.payload).toString('latin1')).not.toMatch(/Vitr|Welder|Industry|subsidiary|ti\b/);
    expect(Buffer.from(issued.payload).toString('latin1')).not.toContain(shared.candidateId);

    // The same event reaches CIREFE's own topic, the only one its Kafka account may read.
    // (Other tests write to this topic too; look at this test's referrals only, by key.)
    const own = await readTopic(partnerReferralTopic('cirefe'), (m) => m.some((x) => x.key?.toString() === shared.referralId));
    const keys = own.map((m) => m.key?.toString());
    expect(keys).not.toContain(hidden.referralId);
    const copy = own.find((m) => m.key?.toString() === shared.referralId);
    expect(decodeEnvelope(copy?.value ?? null).id).toBe(issued.id);
  });

  it('When a partner lists referrals, then it sees only the shared ones addressed to it, across territories, minimised', async () => {
    const mine = await referOut('cirefe', true);
    const notShared = await referOut('cirefe', false);
    const other = await referOut('prisme', true);
    const toursCandidate = await interviewed({ territoryId: 'tours', town: 'Blois', consent: consent(true) }, tours);
    const toursReferral = await post(tours, `/v1/candidates/${toursCandidate}/decision`, {
      outcome: 'referred',
      partnerId: 'cirefe',
      reason: 'Housing first',
    });
    expect(toursReferral.status).toBe(200);

    const res = await get('/v1/referrals?perPage=100', cirefe);
    expect(res.status).toBe(200);
    const ids = res.body.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining([mine.referralId, toursReferral.body.decision.referralId]));
    expect(ids).not.toContain(notShared.referralId);
    expect(ids).not.toContain(other.referralId);
    expect(res.body.every((r: { partnerId: string }) => r.partnerId === 'cirefe')).toBe(true);
    const one = res.body.find((r: { id: string }) => r.id === mine.referralId);
    expect(Object.keys(one).sort()).toEqual([
      'createdAt',
      'direction',
      'history',
      'id',
      'partnerId',
      'person',
      'reason',
      'status',
      'territoryId',
    ]);
    expect(one).not.toHaveProperty('candidateId');

    expect((await get(`/v1/referrals/${other.referralId}`, cirefe)).status).toBe(404);
    expect((await get(`/v1/referrals/${notShared.referralId}`, cirefe)).status).toBe(404);
    expect((await get(`/v1/referrals/${mine.referralId}`, cirefe)).body.person.firstName).toBe('Yonas');
  });

  it("When the addressed partner accepts then closes a referral with an outcome, then both changes are recorded and published; another partner's referral and illegal moves are refused", async () => {
    const mine = await referOut('cirefe', true);
    const accepted = await post(cirefe, `/v1/referrals/${mine.referralId}/status`, { status: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const closed = await post(cirefe, `/v1/referrals/${mine.referralId}/status`, {
      status: 'closed',
      outcome: 'supported',
      note: 'Enrolled in the B1 course',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'supported' });
    expect(closed.body.history.map((h: { status: string }) => h.status)).toEqual(['sent', 'accepted', 'closed']);

    const again = await post(cirefe, `/v1/referrals/${mine.referralId}/status`, { status: 'accepted' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('illegal_transition');
    expect(again.body.detail).toContain('"closed" is final');

    const feed = (await readTopic(TOPICS.referrals, (m) => m.filter((x) => x.key?.toString() === mine.referralId).length >= 3))
      .filter((x) => x.key?.toString() === mine.referralId)
      .map((m) => decodeEnvelope(m.value));
    const changes = feed
      .filter((e) => e.type === 'binome.events.v1.ReferralStatusChanged')
      .map((e) => referralEvents.ReferralStatusChanged.decode(e.payload));
    expect(changes.map((c) => [c.status, c.outcome])).toEqual([
      ['accepted', ''],
      ['closed', 'supported'],
    ]);
    // The partner's note stays internal.
    expect(feed.some((e) => Buffer.from(e.payload).toString('latin1').includes('B1 course'))).toBe(false);

    const other = await referOut('prisme', true);
    expect((await post(cirefe, `/v1/referrals/${other.referralId}/status`, { status: 'accepted' })).status).toBe(404);
  });

  it('When a partner referred a person in and the person is admitted, then the inbound referral becomes converted and the partner sees it', async () => {
    const id = await interviewed({ channel: 'partner_referral', referringPartnerId: 'cirefe', consent: consent(true) });
    const inbound = await get(`/v1/referrals?candidateId=${id}`);
    expect(inbound.body).toHaveLength(1);
    expect(inbound.body[0]).toMatchObject({ direction: 'inbound', status: 'sent', partnerId: 'cirefe', sharedWithPartner: true });

    expect((await post(rennes, `/v1/candidates/${id}/decision`, { outcome: 'admitted', promotionId })).status).toBe(200);
    const converted = await get(`/v1/referrals/${inbound.body[0]._id}`);
    expect(converted.body.status).toBe('converted');
    expect((await get(`/v1/referrals/${inbound.body[0]._id}`, cirefe)).body.status).toBe('converted');

    const feed = (await readTopic(TOPICS.referrals, (m) => m.filter((x) => x.key?.toString() === inbound.body[0]._id).length >= 2))
      .filter((x) => x.key?.toString() === inbound.body[0]._id)
      .map((m) => decodeEnvelope(m.value));
    expect(referralEvents.ReferralIssued.decode(feed[0].payload).direction).toBe(
      referralEvents.ReferralDirection.REFERRAL_DIRECTION_INBOUND,
    );
    expect(referralEvents.ReferralStatusChanged.decode(feed[1].payload)).toMatchObject({ status: 'converted', partnerId: 'cirefe' });
  });

  it('When an inbound referral is partner-sent without consent, then it is tracked internally but invisible to the partner', async () => {
    const id = await interviewed({ channel: 'partner_referral', referringPartnerId: 'cirefe', consent: consent(false) });
    const inbound = (await get(`/v1/referrals?candidateId=${id}`)).body[0];
    expect(inbound).toMatchObject({ direction: 'inbound', sharedWithPartner: false });
    expect((await get(`/v1/referrals/${inbound._id}`, cirefe)).status).toBe(404);
  });

  it('When staff refer a person directly, then an outbound referral is created; an unknown partner is 404', async () => {
    const id = await interviewed();
    const res = await post(rennes, '/v1/referrals', { candidateId: id, partnerId: 'prisme', reason: 'Needs a shelter place' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/v1/referrals/${res.body._id}`);
    expect(res.body).toMatchObject({ direction: 'outbound', status: 'sent', partnerId: 'prisme', sharedWithPartner: false });
    const unknown = await post(rennes, '/v1/referrals', { candidateId: id, partnerId: 'nobody', reason: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('nobody');
  });

  it('When a Tours manager lists, reads, creates or changes Rennes referrals, then it sees nothing and changes nothing', async () => {
    const { candidateId, referralId } = await referOut('prisme', true);
    expect((await get('/v1/referrals?perPage=100', tours)).body.map((r: { _id: string }) => r._id)).not.toContain(referralId);
    expect((await get(`/v1/referrals/${referralId}`, tours)).status).toBe(404);
    expect((await post(tours, `/v1/referrals/${referralId}/status`, { status: 'accepted' })).status).toBe(404);
    expect((await post(tours, '/v1/referrals', { candidateId, partnerId: 'cirefe', reason: 'x' })).status).toBe(404);
    expect((await get(`/v1/referrals/${referralId}`)).body.status).toBe('sent');
  });

  it('When a partner tries to create a referral, then 403', async () => {
    const id = await interviewed();
    expect((await post(cirefe, '/v1/referrals', { candidateId: id, partnerId: 'cirefe', reason: 'x' })).status).toBe(403);
  });

  describe('validation', () => {
    const fields = (res: request.Response) => res.body.errors?.map((e: { field: string }) => e.field) ?? [];
    const valid = { candidateId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11', partnerId: 'cirefe', reason: 'Housing first' };

    it.each([
      ['no candidate', 'body.candidateId', { candidateId: undefined }],
      ['a candidate id that is not a uuid', 'body.candidateId', { candidateId: 42 }],
      ['a partner id that is not a slug', 'body.partnerId', { partnerId: 'Prisme Rennes' }],
      ['no reason', 'body.reason', { reason: undefined }],
      ['an empty reason', 'body.reason', { reason: ' ' }],
      ['an unknown field', 'body', { urgent: true }],
    ])('When a referral is created with %s, then 400 names %s', async (_case, field, overrides) => {
      const res = await post(rennes, '/v1/referrals', { ...valid, ...overrides });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['no status', 'body.status', {}],
      ['status converted (set by admission only)', 'body.status', { status: 'converted' }],
      ['closed without outcome', 'body.outcome', { status: 'closed' }],
      ['an unknown outcome', 'body.outcome', { status: 'closed', outcome: 'great' }],
      ['an outcome while accepting', 'body.outcome', { status: 'accepted', outcome: 'supported' }],
      ['a note as a number', 'body.note', { status: 'accepted', note: 5 }],
      ['an unknown field', 'body', { status: 'accepted', by: 'me' }],
    ])('When a referral status change has %s, then 400 names %s', async (_case, field, body) => {
      const { referralId } = await referOut('cirefe', false);
      const res = await post(rennes, `/v1/referrals/${referralId}/status`, body);
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['an unknown direction', 'query.direction', '?direction=sideways'],
      ['an unknown status', 'query.status', '?status=lost'],
      ['a page of 0', 'query.page', '?page=0'],
      // `sort` became a list parameter (the list helper): an unknown one is another name, and an unknown sort field is named.
      ['an unknown parameter', 'query', '?where=name'],
      ['an unknown sort field', 'query.sort', '?sort=name'],
    ])('When referrals are listed with %s, then 400 names %s', async (_case, field, qs) => {
      const res = await get(`/v1/referrals${qs}`);
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it('When the referral id is not a uuid, then 400 names params.id', async () => {
      expect(fields(await get('/v1/referrals/abc'))).toContain('params.id');
      expect(fields(await post(rennes, '/v1/referrals/abc/status', { status: 'accepted' }))).toContain('params.id');
    });
  });
});
