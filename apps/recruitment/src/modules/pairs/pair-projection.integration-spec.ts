import request from 'supertest';
import pino from 'pino';
import { events, matchingEvents } from '@binome/contracts';
import { EVENTS, createEnvelope, deadLetterTopic, EventPublisher, type EventEnvelope, type EventType } from '@binome/events';
import {
  applicationBody,
  bearer,
  eventually,
  interviewBody,
  partnerCompanyBody,
  promotionBody,
  readTopic,
  readyToMatchVolunteerBody,
  referentBody,
  screeningBody,
  startInProcess,
  stopInProcess,
  testKafka,
  testServiceConfig,
  tokensOf,
  uniqueId,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

const { PairConfirmed, PairActivated, PairDissolved, PairCompleted, KonnecteurAssigned } = EVENTS;

/** Recruitment's own-pairs reach, from matching's pair events (published here as matching would). */
describe('pair membership projection: own-pairs in recruitment, against the real Kafka, database and Keycloak', () => {
  const topic = `binome.matching.v1.test-${uniqueId()}`;
  const group = `recruitment-pairs-test-${uniqueId()}`;
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }), {
    pairsGroup: group,
    matchingTopic: topic,
  });
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  let api: string;
  const t = {} as Record<'manager' | 'hq' | 'volunteer' | 'beneficiary' | 'konnecteur', string>;
  const f = {} as Record<'promotion' | 'B' | 'O' | 'V' | 'W' | 'K', string>;

  const post = async (path: string, body: unknown, token = t.manager, expected = 201) => {
    const res = await request(api)
      .post(path)
      .set(bearer(token))
      .send(body as object);
    expect({ path, status: res.status, body: res.status === expected ? undefined : res.body }).toEqual({
      path,
      status: expected,
      body: undefined,
    });
    return res.body;
  };
  const get = (path: string, token: string) => request(api).get(path).set(bearer(token));
  const ids = async (path: string, token: string): Promise<string[]> => {
    const res = await get(path, token);
    expect(res.status).toBe(200);
    return (res.body as { id: string }[]).map((r) => r.id).sort();
  };

  const apply = async (email: string) =>
    (
      await post(
        '/v1/applications',
        applicationBody({
          email,
          availability: ['mon-am'],
          housingStable: false,
          protectionGrantedOn: undefined,
          gender: undefined,
          genderPreference: undefined,
        }),
        t.manager,
      )
    ).id as string;
  const admit = async (id: string) => {
    await post(`/v1/candidates/${id}/screening`, screeningBody({ notes: 'SCREENING NOTE' }), t.manager, 200);
    await post(
      `/v1/candidates/${id}/interview`,
      interviewBody({ need: { score: 4, notes: 'NEED NOTE' }, workshopNeeds: ['CV', 'NETWORK'], notes: 'INTERVIEW NOTE' }),
      t.manager,
      200,
    );
    await post(`/v1/candidates/${id}/decision`, { outcome: 'admitted', promotionId: f.promotion }, t.manager, 200);
  };
  const enrol = async (email: string) =>
    (
      await post(
        '/v1/volunteers',
        readyToMatchVolunteerBody({
          promotionId: f.promotion,
          companyId: 'sncf',
          email,
          jobTitle: 'Accountant',
          sector: 'finance',
          trade: 'M1607',
          availability: ['mon-am'],
        }),
      )
    ).id as string;

  const envelope = <T>(type: EventType<T>, pairId: string, payload: T): EventEnvelope =>
    createEnvelope({ type, payload, territoryId: 'rennes', aggregateType: 'pair', aggregateId: pairId, source: 'matching' });
  const people = (pairId: string, beneficiaryId: string, volunteerId: string) => ({
    pairId,
    territoryId: 'rennes',
    promotionId: f.promotion,
    beneficiaryId,
    volunteerId,
  });
  const until = (what: string, probe: () => Promise<boolean>) => eventually(async () => ((await probe()) ? true : undefined), 30_000, what);
  const same = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify([...b].sort());

  beforeAll(async () => {
    ({ api } = await startInProcess(service));
    await publisher.connect();
    Object.assign(
      t,
      await tokensOf({
        manager: ['rennes', 'manager'],
        hq: ['national', 'hq'],
        volunteer: ['rennes', 'volunteer'],
        beneficiary: ['rennes', 'beneficiary'],
        konnecteur: ['rennes', 'konnecteur'],
      }),
    );
    await post('/v1/partner-companies', partnerCompanyBody({ id: 'sncf' }), t.hq);
    const p = await post('/v1/promotions', promotionBody({ capacity: 10 }));
    f.promotion = p._id;
    await post(`/v1/promotions/${f.promotion}/transitions`, { to: 'recruiting' }, t.manager, 200);
    f.B = await apply('beneficiary@rennes.binome.test');
    f.O = await apply(`${uniqueId('o.')}@example.org`);
    await admit(f.B);
    await admit(f.O);
    f.V = await enrol('volunteer@rennes.binome.test');
    f.W = await enrol(`${uniqueId('w.')}@example.org`);
    // The Rennes Konnecteur account's referent record: its id is the konnecteurId matching carries.
    f.K = (
      await post(
        '/v1/konnecteurs',
        referentBody({
          firstName: 'Kim',
          lastName: 'Konnect',
          email: 'konnecteur@rennes.binome.test',
          town: 'Rennes',
          availability: undefined,
        }),
      )
    ).id;
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
  });

  const pair1 = uniqueId('pair-');
  const pair2 = uniqueId('pair-');
  const confirmed1 = () => envelope(PairConfirmed, pair1, people(pair1, f.B, f.V));

  it('When no pair event has arrived, then a volunteer, a beneficiary and a Konnecteur reach nobody through own-pairs', async () => {
    expect(await ids('/v1/candidates?perPage=100', t.volunteer)).toEqual([]);
    expect(await ids('/v1/volunteers?perPage=100', t.beneficiary)).toEqual([]);
    expect(await ids('/v1/candidates?perPage=100', t.konnecteur)).toEqual([]);
    expect(await ids('/v1/volunteers?perPage=100', t.konnecteur)).toEqual([]);
    expect((await get(`/v1/candidates/${f.B}`, t.volunteer)).status).toBe(404);
  });

  it('When a pair is confirmed and a Konnecteur assigned, then each reaches the pair’s people in their minimal view, and no one else', async () => {
    await publisher.publish(topic, [
      confirmed1(),
      envelope(KonnecteurAssigned, pair1, {
        pairId: pair1,
        territoryId: 'rennes',
        promotionId: f.promotion,
        konnecteurId: f.K,
        previousKonnecteurId: '',
      }),
    ]);
    await until('the Konnecteur reaches the pair', async () => same(await ids('/v1/volunteers?perPage=100', t.konnecteur), [f.V]));

    // The volunteer: their pair's beneficiary, only what a mentor needs.
    expect(await ids('/v1/candidates?perPage=100', t.volunteer)).toEqual([f.B]);
    const b = await get(`/v1/candidates/${f.B}`, t.volunteer);
    expect(b.status).toBe(200);
    expect(b.body).toEqual({
      _id: f.B,
      id: f.B,
      view: 'pair',
      territoryId: 'rennes',
      firstName: 'Amina',
      languages: [{ language: 'fa', level: 'native' }],
      target: { trade: 'M1607', sector: 'Finance' },
      town: 'Saint-Malo',
      needs: ['CV', 'NETWORK'],
    });
    expect((await get(`/v1/candidates/${f.O}`, t.volunteer)).status).toBe(404);
    // Filters on fields the pair view hides are ignored (no inference through `?status=` or `?partner=`).
    expect(await ids('/v1/candidates?perPage=100&status=closed&partner=cirefe', t.volunteer)).toEqual([f.B]);
    expect(await ids('/v1/volunteers?perPage=100&status=withdrawn', t.beneficiary)).toEqual([f.V]);

    // The beneficiary: their volunteer, first name, company, job title, trade.
    expect(await ids('/v1/volunteers?perPage=100', t.beneficiary)).toEqual([f.V]);
    const v = await get(`/v1/volunteers/${f.V}`, t.beneficiary);
    expect(v.status).toBe(200);
    expect(v.body).toEqual({
      _id: f.V,
      id: f.V,
      view: 'pair',
      territoryId: 'rennes',
      firstName: 'Camille',
      company: { id: 'sncf', name: 'SNCF' },
      jobTitle: 'Accountant',
      trade: 'M1607',
      sector: 'finance',
    });
    expect((await get(`/v1/volunteers/${f.W}`, t.beneficiary)).status).toBe(404);

    // The Konnecteur: both people of the pair they follow, in the same minimal views.
    expect(await ids('/v1/candidates?perPage=100', t.konnecteur)).toEqual([f.B]);
    const kb = await get(`/v1/candidates/${f.B}`, t.konnecteur);
    expect(kb.body.view).toBe('pair');
    for (const field of ['identity', 'contact', 'protection', 'situation', 'screening', 'interview', 'decision', 'history'])
      expect({ field, present: field in kb.body }).toEqual({ field, present: false });
    expect(JSON.stringify(kb.body)).not.toMatch(/Haidari|NOTE|staff-|\+33/);
    expect((await get(`/v1/volunteers/${f.V}`, t.konnecteur)).body).toMatchObject({ view: 'pair', firstName: 'Camille' });
    expect(JSON.stringify((await get(`/v1/volunteers/${f.V}`, t.konnecteur)).body)).not.toMatch(/Durand|volunteer@|place de la Gare|\+33/);

    // Their own records keep their own views: the beneficiary's self view, the volunteer's own enrolment.
    expect((await get(`/v1/candidates/${f.B}`, t.beneficiary)).body).toMatchObject({ view: 'self', identity: { lastName: 'Haidari' } });
    const own = await get(`/v1/volunteers/${f.V}`, t.volunteer);
    expect(own.body).toMatchObject({ view: 'self', identity: { lastName: 'Durand' }, contact: { email: 'volunteer@rennes.binome.test' } });
    expect(own.body.history.every((h: Record<string, unknown>) => Object.keys(h).sort().join() === 'at,status')).toBe(true);
    // Staff: unchanged, full records.
    expect((await get(`/v1/candidates/${f.B}`, t.manager)).body).toMatchObject({ interview: { notes: 'INTERVIEW NOTE' } });
  });

  it('When the pair is dissolved, then access is gone; a late or redelivered confirmation does not bring it back', async () => {
    await publisher.publish(topic, [
      envelope(PairActivated, pair1, people(pair1, f.B, f.V)),
      envelope(PairDissolved, pair1, {
        ...people(pair1, f.B, f.V),
        reason: matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_INCOMPATIBILITY,
        previousStatus: 'active',
      }),
    ]);
    await until('the dissolution is applied', async () => same(await ids('/v1/candidates?perPage=100', t.volunteer), []));
    expect((await get(`/v1/candidates/${f.B}`, t.volunteer)).status).toBe(404);
    expect((await get(`/v1/volunteers/${f.V}`, t.beneficiary)).status).toBe(404);
    expect(await ids('/v1/candidates?perPage=100', t.konnecteur)).toEqual([]);

    // A fresh copy of the confirmation (new event id) arrives late; then the beneficiary's new pair with W.
    await publisher.publish(topic, [confirmed1(), envelope(PairConfirmed, pair2, people(pair2, f.B, f.W))]);
    await until('the new pair is applied', async () => same(await ids('/v1/volunteers?perPage=100', t.beneficiary), [f.W]));
    expect(await ids('/v1/candidates?perPage=100', t.volunteer)).toEqual([]);
    expect((await get(`/v1/volunteers/${f.V}`, t.beneficiary)).status).toBe(404);
  });

  it('When a poison message arrives, then it goes to the dead-letter topic and the projection goes on (a completed pair stops granting access)', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'poison', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]) }] });
    await producer.disconnect();
    await publisher.publish(topic, [envelope(PairCompleted, pair2, people(pair2, f.B, f.W))]);
    await until('the completion is applied after the poison', async () => same(await ids('/v1/volunteers?perPage=100', t.beneficiary), []));
    const dlt = await readTopic(deadLetterTopic(group), (seen) => seen.some((m) => m.key?.toString() === 'poison'));
    const poison = dlt.find((m) => m.key?.toString() === 'poison');
    expect(events.DeadLetter.decode(poison?.value ?? Buffer.alloc(0))).toMatchObject({
      originalTopic: topic,
      consumerGroup: group,
      reason: 'decode_failed',
    });
    expect((await get('/readyz', t.manager)).status).toBe(200);
  });
});
