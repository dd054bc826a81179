import request from 'supertest';
import pino from 'pino';
import {
  bearer,
  promotionBody,
  startInProcess,
  startService,
  testServiceConfig,
  tokensOf,
  uniqueId,
  type ServiceProcess,
} from '@binome/testing';
import { createMatchingService } from '../../matching.service';

/**
 * Issue 12, item 3: no write in matching takes its territory from the request body without
 * recruitment confirming the promotion there. Real Rennes and Tours managers' tokens; recruitment
 * runs as its own process (apps do not import apps), matching in this one.
 */
describe("matching writes only for promotions recruitment places in the caller's reach", () => {
  const run = uniqueId('reach');
  let recruitment: ServiceProcess;
  let matching: ReturnType<typeof createMatchingService>;
  let api: string;
  let rennes: string;
  let tours: string;
  let toursPromotion: string;
  let rennesPromotion: string;

  const recruitmentApi = () => `http://127.0.0.1:${recruitment.httpPort}`;
  const promotion = async (token: string, territoryId: string) => {
    const res = await request(recruitmentApi())
      .post('/v1/promotions')
      .set(bearer(token))
      .send(promotionBody({ territoryId, name: `${territoryId} ${uniqueId()}` }));
    expect(res.status).toBe(201);
    return res.body._id as string;
  };
  const matchingState = (promotionId: string) =>
    matching
      .context()
      .connection.db?.collection('promotion_matchings')
      .findOne({ _id: promotionId as never });
  const konnecteurs = [{ id: 'k1', location: { lat: 47.39, lon: 0.69 } }];
  const assign = (token: string, promotionId: string, territoryId: string) =>
    request(api).post(`/v1/promotions/${promotionId}/konnecteur-assignment`).set(bearer(token)).send({ territoryId, konnecteurs });
  const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

  beforeAll(async () => {
    recruitment = await startService('recruitment', {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      MONGO_DB: `test_${run}_recruitment`,
      KAFKA_GROUP_PREFIX: `${run}-`,
    });
    matching = createMatchingService(
      testServiceConfig('matching', { PEERS: `recruitment=127.0.0.1:${recruitment.grpcPort}` }),
      pino({ level: 'silent' }),
    );
    ({ api } = await startInProcess(matching));
    ({ rennes, tours } = await tokensOf({ rennes: ['rennes', 'manager'], tours: ['tours', 'manager'] }));
    [toursPromotion, rennesPromotion] = await Promise.all([promotion(tours, 'tours'), promotion(rennes, 'rennes')]);
  }, 120_000);

  afterAll(async () => {
    await matching?.context().connection.dropDatabase();
    await matching?.stop();
    await recruitment?.stop();
  });

  it('When a Rennes manager assigns Konnecteurs to a Tours promotion under Rennes, then 404 exactly as for an unknown promotion, and nothing is written', async () => {
    const foreign = await assign(rennes, toursPromotion, 'rennes');
    const unknown = await assign(rennes, 'not-a-uuid', 'rennes');
    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(withoutInstance(foreign.body)).toEqual(withoutInstance(unknown.body));
    expect(await matchingState(toursPromotion)).toBeNull();
    expect(await matchingState('not-a-uuid')).toBeNull();
    // Naming Tours in the body is the caller's own territory check: 403, before any lookup.
    expect((await assign(rennes, toursPromotion, 'tours')).status).toBe(403);
    expect(await matchingState(toursPromotion)).toBeNull();
  });

  it('When a Rennes manager proposes, pins or bans on a Tours promotion, then 404 like an unknown one, and Tours still proposes and pins', async () => {
    const unknownBody = withoutInstance(
      (await request(api).post('/v1/promotions/not-a-uuid/proposals').set(bearer(rennes)).send({ territoryId: 'rennes' })).body,
    );
    const pair = { beneficiaryId: 'b1', volunteerId: 'v1' };
    const attempts = [
      await request(api).post(`/v1/promotions/${toursPromotion}/proposals`).set(bearer(rennes)).send({ territoryId: 'rennes' }),
      await request(api)
        .post(`/v1/promotions/${toursPromotion}/pins`)
        .set(bearer(rennes))
        .send({ territoryId: 'rennes', ...pair }),
      await request(api)
        .post(`/v1/promotions/${toursPromotion}/bans`)
        .set(bearer(rennes))
        .send({ territoryId: 'rennes', ...pair }),
      await request(api).post(`/v1/promotions/${toursPromotion}/bans`).set(bearer(rennes)).send(pair),
      await request(api)
        .delete(`/v1/promotions/${toursPromotion}/pins`)
        .set(bearer(rennes))
        .send({ territoryId: 'rennes', ...pair }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(withoutInstance(attempts[0].body)).toEqual(unknownBody);
    expect(await matchingState(toursPromotion)).toBeNull();

    expect(
      (await request(api).post(`/v1/promotions/${toursPromotion}/proposals`).set(bearer(tours)).send({ territoryId: 'tours' })).status,
    ).toBe(201);
    const pinned = await request(api)
      .post(`/v1/promotions/${toursPromotion}/pins`)
      .set(bearer(tours))
      .send({ territoryId: 'tours', ...pair });
    expect(pinned.status).toBe(201);
    expect(pinned.body).toMatchObject({ territoryId: 'tours', pins: [pair] });
    // Once Tours has state, Rennes still cannot tell the promotion exists.
    expect((await request(api).get(`/v1/promotions/${toursPromotion}/proposal`).set(bearer(rennes))).status).toBe(404);
    expect(
      (
        await request(api)
          .post(`/v1/promotions/${toursPromotion}/bans`)
          .set(bearer(rennes))
          .send({ territoryId: 'rennes', ...pair })
      ).status,
    ).toBe(404);
  });

  it("When a record left by the old defect holds a Tours promotion under Rennes, then Tours' proposals and pins work (no 409) and Rennes loses the record", async () => {
    const blocked = await promotion(tours, 'tours');
    const now = new Date();
    await matching
      .context()
      .connection.db?.collection('promotion_matchings')
      .insertOne({
        _id: blocked as never,
        territoryId: 'rennes',
        pins: [],
        bans: [],
        version: 0,
        leaseUntil: new Date(0),
        createdAt: now,
      });
    const proposed = await request(api).post(`/v1/promotions/${blocked}/proposals`).set(bearer(tours)).send({ territoryId: 'tours' });
    expect(proposed.status).toBe(201);
    expect(JSON.stringify(proposed.body)).not.toMatch(/another territory/);
    expect(
      (
        await request(api)
          .post(`/v1/promotions/${blocked}/pins`)
          .set(bearer(tours))
          .send({ territoryId: 'tours', beneficiaryId: 'b1', volunteerId: 'v1' })
      ).status,
    ).toBe(201);
    expect(await matchingState(blocked)).toMatchObject({ territoryId: 'tours' });
    expect((await request(api).get(`/v1/promotions/${blocked}/proposal`).set(bearer(rennes))).status).toBe(404);
  });

  it('When a Rennes manager assigns Konnecteurs to a Rennes promotion, then it is done as before', async () => {
    const res = await assign(rennes, rennesPromotion, 'rennes');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ territoryId: 'rennes', promotionId: rennesPromotion, pairCount: 0 });
    expect(await matchingState(rennesPromotion)).toMatchObject({ territoryId: 'rennes' });
  });
});
