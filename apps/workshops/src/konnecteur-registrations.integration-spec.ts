import request from 'supertest';
import pino from 'pino';
import { createEnvelope, EVENTS, EventPublisher, type EventEnvelope, type EventType } from '@binome/events';
import { bearer, eventually, startInProcess, stopInProcess, testKafka, testServiceConfig, tokensOf, uniqueId } from '@binome/testing';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
import { createWorkshopsService } from './workshops.service';

const { PairConfirmed, KonnecteurAssigned, PairDissolved } = EVENTS;
const DAY = 24 * 60 * 60_000;

/**
 * A Konnecteur registers the beneficiaries of the pairs they follow, against the real Kafka,
 * database and Keycloak: the pairs arrive as matching's events (on this spec's own topic), staff
 * link the Konnecteur's referent id to their account, and every call carries a real token.
 */
describe('workshops: a Konnecteur registers their pairs’ beneficiaries', () => {
  const matchingTopic = `binome.matching.v1.test-${uniqueId()}`;
  const logger = pino({ level: 'silent' });
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  let fake: FakeRecruitment;
  let service: ReturnType<typeof createWorkshopsService>;
  let api: string;
  const t = {} as Record<'manager' | 'konnecteur' | 'parisManager' | 'konnecteurVolunteer', string>;
  const promotion = uniqueId('promo-');
  const [mine, theirs] = [uniqueId('b-'), uniqueId('b-')];
  const [pairMine, pairTheirs] = [uniqueId('pair-'), uniqueId('pair-')];
  const [K, other] = [uniqueId('k-'), uniqueId('k-')];
  let sessionId: string;

  const fromMatching = <T>(type: EventType<T>, pairId: string, payload: T): EventEnvelope =>
    createEnvelope({ type, payload, territoryId: 'rennes', aggregateType: 'pair', aggregateId: pairId, source: 'matching' });
  const confirmed = (pairId: string, beneficiaryId: string) =>
    fromMatching(PairConfirmed, pairId, {
      pairId,
      territoryId: 'rennes',
      promotionId: promotion,
      beneficiaryId,
      volunteerId: uniqueId('v-'),
    });
  const assigned = (pairId: string, konnecteurId: string) =>
    fromMatching(KonnecteurAssigned, pairId, {
      pairId,
      territoryId: 'rennes',
      promotionId: promotion,
      konnecteurId,
      previousKonnecteurId: '',
    });
  const post = (path: string, body: object, token: string) => request(api).post(path).set(bearer(token)).send(body);
  const register = (personId: string, token = t.konnecteur) => post(`/v1/sessions/${sessionId}/registrations`, { personId }, token);

  beforeAll(async () => {
    fake = await startFakeRecruitment(testServiceConfig('workshops'), logger);
    service = createWorkshopsService(testServiceConfig('workshops', { PEERS: `recruitment=${fake.address}` }), logger, {
      recruitmentGroup: `workshops-recruitment-test-${uniqueId()}`,
      recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
      meetingsGroup: `workshops-meetings-test-${uniqueId()}`,
      schedulingTopic: `binome.scheduling.v1.test-${uniqueId()}`,
      pairsGroup: `workshops-pairs-test-${uniqueId()}`,
      matchingTopic,
    });
    ({ api } = await startInProcess(service));
    await publisher.connect();
    Object.assign(
      t,
      await tokensOf({
        manager: ['rennes', 'manager'],
        konnecteur: ['rennes', 'konnecteur'],
        parisManager: ['paris', 'manager'],
        konnecteurVolunteer: ['rennes', 'konnecteur-volunteer'],
      }),
    );
    const s = await post(
      '/v1/sessions',
      {
        workshopId: 'rennes-cv',
        promotionIds: [promotion],
        startsAt: new Date(Date.now() + 3 * DAY),
        endsAt: new Date(Date.now() + 3 * DAY + 2 * 3_600_000),
        place: 'Rennes office',
        capacity: { beneficiaries: 5 },
      },
      t.manager,
    );
    expect(s.status).toBe(201);
    sessionId = s.body.id;
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await fake.stop();
  });

  it('When matching assigns a Konnecteur to a pair, then, once staff linked their account, they register that pair’s beneficiary and nobody else’s', async () => {
    await publisher.publish(matchingTopic, [
      confirmed(pairMine, mine),
      assigned(pairMine, K),
      confirmed(pairTheirs, theirs),
      assigned(pairTheirs, other),
    ]);
    // Not linked yet: the token proves nothing about the referent id.
    expect((await register(mine)).status).toBe(403);
    // Another territory's staff cannot link a Rennes Konnecteur.
    expect(
      (
        await request(api)
          .put(`/v1/territories/rennes/konnecteurs/${K}`)
          .set(bearer(t.parisManager))
          .send({ email: 'konnecteur@rennes.binome.test' })
      ).status,
    ).toBe(404);
    const bad = await request(api).put(`/v1/territories/rennes/konnecteurs/${K}`).set(bearer(t.manager)).send({ email: 'not-an-email' });
    expect({ status: bad.status, fields: bad.body.errors.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['body.email'],
    });
    const link = await request(api)
      .put(`/v1/territories/rennes/konnecteurs/${K}`)
      .set(bearer(t.manager))
      .send({ email: 'Konnecteur@rennes.binome.test' });
    expect(link.body).toMatchObject({ konnecteurId: K, email: 'konnecteur@rennes.binome.test' });

    const registered = await eventually(
      async () => {
        const res = await register(mine);
        return res.status === 201 ? res : undefined;
      },
      30_000,
      'the pair projected from matching',
    );
    expect(registered.body).toMatchObject({ personId: mine, status: 'registered', requestedBy: 'konnecteur' });
    expect(registered.body.reason).toBeUndefined();
    // The other Konnecteur's beneficiary, and a person in no pair: refused, nothing written.
    const refused = await register(theirs);
    expect({ status: refused.status, type: refused.headers['content-type'] }).toEqual({
      status: 403,
      type: expect.stringMatching(/problem\+json/),
    });
    expect((await register(uniqueId('b-'))).status).toBe(403);
    // The Konnecteur sees their beneficiary's registration only; staff see who else registered.
    expect((await register(theirs, t.manager)).status).toBe(201);
    const seen = await request(api).get(`/v1/sessions/${sessionId}`).set(bearer(t.konnecteur));
    expect(seen.body.registrations.map((r: { personId: string }) => r.personId)).toEqual([mine]);
    // Nor can they cancel the other's: 404, as an unknown registration.
    const theirsReg = (await request(api).get(`/v1/sessions/${sessionId}`).set(bearer(t.manager))).body.registrations.find(
      (r: { personId: string }) => r.personId === theirs,
    );
    expect((await post(`/v1/sessions/${sessionId}/registrations/${theirsReg.id}/cancellation`, {}, t.konnecteur)).status).toBe(404);
    expect((await post(`/v1/sessions/${sessionId}/registrations/${registered.body.id}/cancellation`, {}, t.konnecteur)).body).toMatchObject(
      {
        status: 'cancelled',
      },
    );
    // Konnecteurs still do not plan sessions.
    expect((await post('/v1/sessions', {}, t.konnecteur)).status).toBe(403);
  });

  it('When the pair is dissolved, then its Konnecteur no longer registers that beneficiary', async () => {
    const other = await post(
      '/v1/sessions',
      {
        workshopId: 'rennes-cv',
        promotionIds: [promotion],
        startsAt: new Date(Date.now() + 4 * DAY),
        endsAt: new Date(Date.now() + 4 * DAY + 2 * 3_600_000),
        place: 'Rennes office',
        capacity: { beneficiaries: 5 },
      },
      t.manager,
    );
    expect(other.status).toBe(201);
    await publisher.publish(matchingTopic, [
      fromMatching(PairDissolved, pairMine, {
        pairId: pairMine,
        territoryId: 'rennes',
        promotionId: promotion,
        beneficiaryId: mine,
        volunteerId: 'v',
        reason: 0,
        previousStatus: 'confirmed',
      }),
    ]);
    // The projection is read straight from the spec's own database (no route serves it).
    await eventually(
      async () =>
        (await service
          .context()
          .connection.collection('pairs')
          .findOne({ _id: pairMine as never, ended: true }))
          ? true
          : undefined,
      30_000,
      'the dissolution projected',
    );
    expect((await post(`/v1/sessions/${other.body.id}/registrations`, { personId: mine }, t.konnecteur)).status).toBe(403);
  });

  it('When a Konnecteur is also a volunteer, then they reach the union of both rules: their own seat and their pair’s beneficiary’s', async () => {
    // The role-matrix e2e found it: the account's own volunteer record made it a "person" only,
    // so the beneficiary of the pair it follows was neither registrable nor shown to it.
    const [ownVolunteerId, followed, pair, referent] = [uniqueId('v-'), uniqueId('b-'), uniqueId('pair-'), uniqueId('k-')];
    fake.people.set('konnecteur-volunteer@rennes.binome.test', { kind: 'volunteer', id: ownVolunteerId });
    const speed = await post(
      '/v1/sessions',
      {
        workshopId: 'rennes-speed-meetings',
        promotionIds: [promotion],
        startsAt: new Date(Date.now() + 5 * DAY),
        endsAt: new Date(Date.now() + 5 * DAY + 2 * 3_600_000),
        place: 'Rennes office',
        capacity: { beneficiaries: 5, volunteers: 2 },
      },
      t.manager,
    );
    expect(speed.status).toBe(201);
    await publisher.publish(matchingTopic, [confirmed(pair, followed), assigned(pair, referent)]);
    const link = await request(api)
      .put(`/v1/territories/rennes/konnecteurs/${referent}`)
      .set(bearer(t.manager))
      .send({ email: 'konnecteur-volunteer@rennes.binome.test' });
    expect(link.status).toBe(200);
    const asKV = (body: object) => post(`/v1/sessions/${speed.body.id}/registrations`, body, t.konnecteurVolunteer);

    const forPair = await eventually(
      async () => {
        const res = await asKV({ personId: followed });
        return res.status === 201 ? res : undefined;
      },
      30_000,
      'the pair projected from matching',
    );
    expect(forPair.body).toMatchObject({ personId: followed, pool: 'beneficiaries', requestedBy: 'konnecteur' });
    const own = await asKV({});
    expect({ status: own.status, body: own.body }).toMatchObject({
      status: 201,
      body: { personId: ownVolunteerId, pool: 'volunteers', requestedBy: 'person' },
    });
    // Neither rule reaches another pair's beneficiary.
    expect((await asKV({ personId: theirs })).status).toBe(403);
    const seen = await request(api).get(`/v1/sessions/${speed.body.id}`).set(bearer(t.konnecteurVolunteer));
    expect(seen.body.registrations.map((r: { personId: string }) => r.personId).sort()).toEqual([followed, ownVolunteerId].sort());
    const listed = await request(api).get(`/v1/sessions?id=${speed.body.id}`).set(bearer(t.konnecteurVolunteer));
    expect(listed.body[0].registrations).toHaveLength(2);
    expect(
      (await post(`/v1/sessions/${speed.body.id}/registrations/${forPair.body.id}/cancellation`, {}, t.konnecteurVolunteer)).body,
    ).toMatchObject({ status: 'cancelled' });
  });
});
