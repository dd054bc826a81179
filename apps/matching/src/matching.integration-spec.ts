import request from 'supertest';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import type { KafkaMessage } from 'kafkajs';
import { matchingEvents, matchingV1 } from '@binome/contracts';
import { decodeEnvelope, TOPICS } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import { BanList } from '@binome/matching-engine';
import { bearer, readTopic, serviceToken, startInProcess, testServiceConfig, tokensOf, uniqueId, userToken } from '@binome/testing';
import { toCohort } from './modules/recruitment/profile.mapper';
import { bruteForceOptimum } from '@binome/matching-engine/testing';
import { fakeBeneficiary, fakeVolunteer, geo, startFakeRecruitment, type FakeRecruitment } from './testing/fake-recruitment';
import { createMatchingService } from './matching.service';
import { PairDetailSchema, PairViewSchema } from './modules/pairs/pair.views';

/**
 * Matching against the real Kafka, database and Keycloak. Recruitment's side is a contract-level
 * test double (testing/fake-recruitment.ts): a real gRPC server implementing
 * RecruitmentService from proto/, verifying real tokens; tools/e2e drives the real recruitment.
 */
interface PairJson {
  id: string;
  beneficiaryId: string;
  volunteerId: string;
  status: string;
  score: number;
  pinned: boolean;
  konnecteurId?: string;
}

const log = pino({ level: process.env.MATCHING_TEST_LOG ?? 'silent' });

describe('matching service against the real Kafka, database and Keycloak', () => {
  let recruitment: FakeRecruitment;
  let service: ReturnType<typeof createMatchingService>;
  let api: string;
  let grpcAddress: string;
  let rennes: string;
  let tours: string;
  const P = uniqueId('promo-');

  // A cohort where "first come, best available" is not optimal (b1 would take v1, which b2 needs),
  // with one untrained volunteer (v4).
  const beneficiaries = [
    fakeBeneficiary('b1', { promotionId: P, trade: 'N1103', town: geo(48.11, -1.68) }),
    fakeBeneficiary('b2', { promotionId: P, trade: 'M1607', sector: 'services', town: geo(48.12, -1.7) }),
    fakeBeneficiary('b3', { promotionId: P, trade: 'F1703', sector: 'construction', languages: [{ code: 'ps', level: 'native' }] }),
    fakeBeneficiary('b4', { promotionId: P, trade: 'N1105', needs: ['INTERVIEW'] }),
  ];
  const volunteers = [
    fakeVolunteer('v1', { promotionId: P, trade: 'M1607', sector: 'services', workplace: geo(48.11, -1.67) }),
    fakeVolunteer('v2', { promotionId: P, trade: 'N1103', workplace: geo(48.3, -1.5) }),
    fakeVolunteer('v3', {
      promotionId: P,
      trade: 'F1703',
      sector: 'construction',
      languages: [{ code: 'ps', level: 'fluent' }],
      workplace: geo(48.05, -1.75),
    }),
    fakeVolunteer('v4', { promotionId: P, trade: 'N1105', trained: false }),
    fakeVolunteer('v5', { promotionId: P, trade: 'N1105', strengths: ['INTERVIEW'], availability: ['fri-pm'], workplace: geo(48.2, -1.6) }),
  ];

  beforeAll(async () => {
    const base = testServiceConfig('matching-fake-recruitment');
    recruitment = await startFakeRecruitment(base, log);
    recruitment.promotions.set(P, { territoryId: 'rennes', beneficiaries, volunteers });
    recruitment.promotions.set('unimplemented-promo', { territoryId: 'rennes', beneficiaries: [], volunteers: [], unimplemented: true });
    service = createMatchingService(testServiceConfig('matching', { PEERS: `recruitment=${recruitment.address}` }), log);
    ({ api, grpcAddress } = await startInProcess(service));
    ({ rennes, tours } = await tokensOf({ rennes: ['rennes', 'manager'], tours: ['tours', 'manager'] }));
  });

  afterAll(async () => {
    await service?.context().connection.dropDatabase();
    await service?.stop();
    await recruitment?.stop();
  });

  const propose = (token = rennes, promotionId = P, body: Record<string, unknown> = { territoryId: 'rennes' }) =>
    request(api).post(`/v1/promotions/${promotionId}/proposals`).set(bearer(token)).send(body);
  const pairs = async (query = '') =>
    (await request(api).get(`/v1/promotions/${P}/pairs?perPage=100${query}`).set(bearer(rennes))).body as PairJson[];
  const pairOf = async (beneficiaryId: string) => {
    const found = (await pairs(`&beneficiaryId=${beneficiaryId}&status=proposed,confirmed,active`))[0];
    if (!found) throw new Error(`no live pair for ${beneficiaryId}`);
    return found;
  };
  const move = (id: string, body: Record<string, unknown>, token = rennes) =>
    request(api).post(`/v1/pairs/${id}/transitions`).set(bearer(token)).send(body);
  const approve = (id: string, token = rennes) => request(api).post(`/v1/pairs/${id}/approve`).set(bearer(token));
  const refs = (list: { beneficiaryId: string; volunteerId: string }[]) => list.map((p) => `${p.beneficiaryId}-${p.volunteerId}`).sort();

  /** Matching's events for these pairs, decoded, once `until` holds. */
  async function events(until: (seen: { type: string; key: string; payload: Buffer }[]) => boolean) {
    const decode = (m: KafkaMessage) => {
      try {
        const e = decodeEnvelope(m.value);
        return { type: e.type, key: m.key?.toString() ?? '', payload: e.payload };
      } catch {
        return undefined;
      }
    };
    const all = (seen: KafkaMessage[]) => seen.map(decode).filter((x): x is NonNullable<typeof x> => !!x);
    return all(await readTopic(TOPICS.matching, (seen) => until(all(seen)), 30_000));
  }

  it('When a manager runs the proposal, then it is the whole-cohort optimum (checked by brute force) and PairProposed is published per pair', async () => {
    const res = await propose();
    expect(res.status).toBe(201);
    const cohort = toCohort(beneficiaries, volunteers, 'rennes', P);
    const best = bruteForceOptimum(cohort.beneficiaries, cohort.volunteers);
    expect(res.body).toMatchObject({
      pairCount: best.pairs,
      totalScore: best.score,
      added: 4,
      kept: 0,
      dropped: 0,
      unmatchedBeneficiaryIds: [],
    });
    expect(refs(res.body.pairs)).toEqual(['b1-v2', 'b2-v1', 'b3-v3', 'b4-v5']);
    const ids = new Set((res.body.pairs as PairJson[]).map((p) => p.id));
    const seen = await events((s) => [...ids].every((id) => s.some((e) => e.key === id && e.type === 'binome.events.v1.PairProposed')));
    const b1 = seen.find(
      (e) => e.key === res.body.pairs.find((p: PairJson) => p.beneficiaryId === 'b1').id && e.type.endsWith('PairProposed'),
    );
    expect(matchingEvents.PairProposed.decode(b1?.payload ?? Buffer.alloc(0))).toMatchObject({
      beneficiaryId: 'b1',
      volunteerId: 'v2',
      territoryId: 'rennes',
      promotionId: P,
    });
    // Staff's token went to recruitment (tenancy enforced on both sides).
    expect(recruitment.callers).toContain('rennes');
  });

  it('When staff list the pairs and open one, then X-Total-Count is set and the pair carries its per-criterion explanation', async () => {
    const list = await request(api).get(`/v1/promotions/${P}/pairs?sort=score&order=DESC`).set(bearer(rennes));
    expect(list.status).toBe(200);
    expect(list.headers['x-total-count']).toBe('4');
    expect(list.body.map((p: PairJson) => p.score)).toEqual([...list.body.map((p: PairJson) => p.score)].sort((a, b) => b - a));
    const one = await request(api).get(`/v1/pairs/${list.body[0].id}`).set(bearer(rennes));
    expect(one.status).toBe(200);
    const points = one.body.explanation.contributions.map((c: { points: number }) => c.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(points.reduce((a: number, b: number) => a + b, 0)).toBe(one.body.score);
    expect(one.body.explanation.summary).toMatch(/^Score \d+, mostly/);
  });

  it('When staff ask "why not volunteer X", then the rule or the score lost is given', async () => {
    const untrained = await request(api).get(`/v1/promotions/${P}/explanations?beneficiaryId=b4&volunteerId=v4`).set(bearer(rennes));
    expect(untrained.status).toBe(200);
    expect(untrained.body).toMatchObject({ kind: 'forbidden', rule: 'volunteer-trained' });
    const costly = await request(api).get(`/v1/promotions/${P}/explanations?beneficiaryId=b1&volunteerId=v1`).set(bearer(rennes));
    expect(costly.body.kind).toBe('costly');
    expect(costly.body.scoreLost).toBe(costly.body.optimum.totalScore - costly.body.forced.totalScore);
    expect(costly.body.scoreLost).toBeGreaterThan(0);
    const all = await request(api).get(`/v1/promotions/${P}/explanations?beneficiaryId=b1`).set(bearer(rennes));
    expect(all.body.explanations.map((e: { volunteerId: string; kind: string }) => `${e.volunteerId}:${e.kind}`)).toEqual([
      'v1:costly',
      'v2:proposed',
      'v3:costly',
      'v4:forbidden',
      'v5:costly',
    ]);
  });

  it('When staff approve a pair, then it is confirmed and PairConfirmed is published', async () => {
    const b1 = await pairOf('b1');
    const res = await approve(b1.id);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('confirmed');
    const seen = await events((s) => s.some((e) => e.key === b1.id && e.type === 'binome.events.v1.PairConfirmed'));
    const e = seen.find((x) => x.key === b1.id && x.type.endsWith('PairConfirmed'));
    expect(matchingEvents.PairConfirmed.decode(e?.payload ?? Buffer.alloc(0))).toEqual({
      pairId: b1.id,
      territoryId: 'rennes',
      promotionId: P,
      beneficiaryId: 'b1',
      volunteerId: 'v2',
    });
  });

  it('When the volunteer turns out not to be trained, then approval is refused with 409 naming the rule', async () => {
    const b4 = await pairOf('b4');
    const v5 = volunteers.find((v) => v.id === 'v5');
    if (!v5) throw new Error('fixture');
    v5.trained = false; // recruitment corrected the training record after the run
    try {
      const res = await approve(b4.id);
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body).toMatchObject({ code: 'conflict', rule: 'volunteer-trained' });
      expect(res.body.detail).toContain('training');
      expect((await pairOf('b4')).status).toBe('proposed');
    } finally {
      v5.trained = true;
    }
  });

  it("When staff change a pair's volunteer, then hard rules and capacity are re-checked, and an allowed change is re-scored and pinned", async () => {
    const b3 = await pairOf('b3');
    const edit = (volunteerId: string) => request(api).patch(`/v1/pairs/${b3.id}`).set(bearer(rennes)).send({ volunteerId });
    expect((await edit('v4')).body).toMatchObject({ rule: 'volunteer-trained' });
    const taken = await edit('v2'); // v2 is in b1's confirmed pair
    expect(taken.status).toBe(409);
    expect(taken.body.rule).toBe('volunteer-capacity');
    expect((await edit('nobody')).body.rule).toBe('unknown-participant');
    volunteers.push(fakeVolunteer('v6', { promotionId: P, trade: 'F1705', sector: 'construction', workplace: geo(48.1, -1.66) }));
    const ok = await edit('v6');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: b3.id, volunteerId: 'v6', status: 'proposed', pinned: true });
    expect(ok.body.score).not.toBe(b3.score);
    const proposal = await request(api).get(`/v1/promotions/${P}/proposal`).set(bearer(rennes));
    expect(proposal.body.pins).toEqual([{ beneficiaryId: 'b3', volunteerId: 'v6' }]);
  });

  it('When staff reject a pair, then it is withdrawn and banned', async () => {
    const b2 = await pairOf('b2');
    const res = await request(api).post(`/v1/pairs/${b2.id}/reject`).set(bearer(rennes));
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    const proposal = await request(api).get(`/v1/promotions/${P}/proposal`).set(bearer(rennes));
    expect(proposal.body.bans).toEqual([{ beneficiaryId: 'b2', volunteerId: 'v1' }]);
    expect((await pairs()).some((p) => p.id === b2.id)).toBe(false);
    expect((await pairs('&status=withdrawn')).map((p) => p.id)).toContain(b2.id);
  });

  it("When the proposal is re-run, then confirmed pairs stay as they are, the staff's edit and ban are respected and unaffected pairs are kept", async () => {
    const before = { b1: await pairOf('b1'), b3: await pairOf('b3'), b4: await pairOf('b4') };
    const res = await propose();
    expect(res.status).toBe(201);
    expect(res.body.decidedPairCount).toBe(1);
    const after = { b1: await pairOf('b1'), b2: await pairOf('b2'), b3: await pairOf('b3'), b4: await pairOf('b4') };
    expect(after.b1).toMatchObject({ id: before.b1.id, status: 'confirmed', volunteerId: 'v2' });
    expect(after.b3).toMatchObject({ id: before.b3.id, volunteerId: 'v6' });
    expect(after.b4.id).toBe(before.b4.id);
    expect(after.b2.volunteerId).not.toBe('v1');
    expect(res.body).toMatchObject({ kept: 2, added: 1, dropped: 0 });
    // Still optimal for the free part: b2, b3 (pinned to v6) and b4 over the volunteers left.
    const cohort = toCohort(beneficiaries, volunteers, 'rennes', P);
    const free = cohort.volunteers.filter((v) => v.id !== 'v2' && v.id !== 'v6');
    const best = bruteForceOptimum(
      cohort.beneficiaries.filter((b) => ['b2', 'b4'].includes(b.id)),
      free,
      new BanList([{ beneficiaryId: 'b2', volunteerId: 'v1' }]),
    );
    expect(res.body.totalScore - after.b3.score).toBe(best.score);
  });

  it('When Konnecteurs are assigned, then every confirmed pair gets one, loads are balanced and KonnecteurAssigned is published', async () => {
    for (const b of ['b2', 'b3', 'b4']) expect((await approve((await pairOf(b)).id)).status).toBe(200);
    const konnecteurs = [
      { id: 'k1', location: geo(48.11, -1.68), capacity: 3 },
      { id: 'k2', location: geo(48.3, -1.5), capacity: 3 },
      { id: 'k3', location: geo(48.05, -1.75), capacity: 3 },
    ];
    const res = await request(api)
      .post(`/v1/promotions/${P}/konnecteur-assignment`)
      .set(bearer(rennes))
      .send({ territoryId: 'rennes', konnecteurs });
    expect(res.status).toBe(200);
    expect(res.body.pairCount).toBe(4);
    expect(res.body.unassignedPairIds).toEqual([]);
    const loads = Object.values(res.body.loads as Record<string, number>);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(4);
    const b1 = await pairOf('b1');
    expect(b1.konnecteurId).toBeDefined();
    const seen = await events((s) => s.some((e) => e.key === b1.id && e.type === 'binome.events.v1.KonnecteurAssigned'));
    const e = seen.find((x) => x.key === b1.id && x.type.endsWith('KonnecteurAssigned'));
    expect(matchingEvents.KonnecteurAssigned.decode(e?.payload ?? Buffer.alloc(0))).toMatchObject({
      pairId: b1.id,
      konnecteurId: b1.konnecteurId,
      previousKonnecteurId: '',
    });
    // Two Konnecteurs of capacity 2 for four pairs: two each.
    const two = await request(api)
      .post(`/v1/promotions/${P}/konnecteur-assignment`)
      .set(bearer(rennes))
      .send({ territoryId: 'rennes', konnecteurs: [konnecteurs[0], konnecteurs[1]].map((k) => ({ ...k, capacity: 2 })) });
    expect(two.body.loads).toEqual({ k1: 2, k2: 2 });
  });

  it('When a pair goes through its lifecycle, then each step is published and illegal jumps are 409 problem+json', async () => {
    const b1 = await pairOf('b1');
    expect((await move(b1.id, { to: 'active' })).body.status).toBe('active');
    expect((await move(b1.id, { to: 'completed' })).body.status).toBe('completed');
    const illegal = await move(b1.id, { to: 'active' });
    expect(illegal.status).toBe(409);
    expect(illegal.headers['content-type']).toMatch(/problem\+json/);
    expect(illegal.body).toMatchObject({ code: 'illegal_transition' });
    expect(illegal.body.detail).toContain('"completed" is final');

    const b4 = await pairOf('b4');
    const jump = await move(b4.id, { to: 'completed' });
    expect(jump.status).toBe(409);
    expect(jump.body.detail).toContain('allowed: active, dissolved');
    const noReason = await move(b4.id, { to: 'dissolved' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('body.reason');
    const dissolved = await move(b4.id, { to: 'dissolved', reason: 'incompatibility', note: 'schedules never matched' });
    expect(dissolved.body).toMatchObject({ status: 'dissolved', dissolution: { reason: 'incompatibility' } });
    expect((await approve(b4.id)).status).toBe(409);

    const seen = await events(
      (s) =>
        s.some((e) => e.key === b1.id && e.type.endsWith('PairActivated')) &&
        s.some((e) => e.key === b1.id && e.type.endsWith('PairCompleted')) &&
        s.some((e) => e.key === b4.id && e.type.endsWith('PairDissolved')),
    );
    const d = seen.find((e) => e.key === b4.id && e.type.endsWith('PairDissolved'));
    expect(matchingEvents.PairDissolved.decode(d?.payload ?? Buffer.alloc(0))).toMatchObject({
      pairId: b4.id,
      reason: matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_INCOMPATIBILITY,
      previousStatus: 'confirmed',
    });
    // Events carry ids only: the note stays inside matching.
    expect(seen.some((e) => e.payload.toString('latin1').includes('schedules'))).toBe(false);
  });

  it("When a dissolved pair's beneficiary is re-matched, then a new proposal pairs them with a free trained volunteer, never the former one", async () => {
    const dissolved = (await pairs('&beneficiaryId=b4&status=dissolved'))[0];
    const res = await request(api).post(`/v1/pairs/${dissolved.id}/rematch`).set(bearer(rennes));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ beneficiaryId: 'b4', status: 'proposed', replacesPairId: dissolved.id });
    // v1 is the only trained volunteer without a pair (v4 is untrained, v5 was b4's).
    expect(res.body.volunteerId).toBe('v1');
    const again = await request(api).post(`/v1/pairs/${dissolved.id}/rematch`).set(bearer(rennes));
    expect(again.status).toBe(409);
    const live = await request(api).post(`/v1/pairs/${res.body.id}/rematch`).set(bearer(rennes));
    expect(live.status).toBe(409);
    expect(live.body.code).toBe('illegal_transition');
  });

  it('When a territory tunes its scoring weights, then they are stored, checked, and a run uses them', async () => {
    const get = await request(api).get('/v1/territories/tours/scoring-weights').set(bearer(tours));
    expect(get.body).toMatchObject({ territoryId: 'tours', isDefault: true, weights: { criteria: { trade: 30 } } });
    const put = await request(api)
      .put('/v1/territories/tours/scoring-weights')
      .set(bearer(tours))
      .send({ criteria: { trade: 60, preference: 0 }, frenchShare: 0.5 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      isDefault: false,
      weights: { criteria: { trade: 60, languages: 20, preference: 0 }, frenchShare: 0.5 },
    });
    expect((await request(api).get('/v1/territories/tours/scoring-weights').set(bearer(tours))).body.weights.criteria.trade).toBe(60);
    const zero = await request(api)
      .put('/v1/territories/tours/scoring-weights')
      .set(bearer(tours))
      .send({ criteria: { trade: 0, languages: 0, commute: 0, availability: 0, needs: 0, preference: 0 } });
    expect(zero.status).toBe(400);
    expect(zero.body.errors[0].field).toBe('body.criteria');
    expect((await request(api).put('/v1/territories/rennes/scoring-weights').set(bearer(tours)).send({})).status).toBe(403);

    const T = uniqueId('tours-promo-');
    recruitment.promotions.set(T, {
      territoryId: 'tours',
      beneficiaries: [fakeBeneficiary('tb1', { territoryId: 'tours', promotionId: T })],
      volunteers: [fakeVolunteer('tv1', { territoryId: 'tours', promotionId: T })],
    });
    const run = await propose(tours, T, { territoryId: 'tours' });
    expect(run.status).toBe(201);
    // Same trade, same place, languages at full French credit but no shared language: with trade at 60.
    expect(run.body.pairs[0].contributions[0]).toEqual({ criterion: 'trade', points: 6000 });
  });

  it.each([
    ['POST proposals', 'body.territoryId', () => propose(rennes, P, { territoryId: 'lyon' })],
    ['POST proposals', 'body', () => propose(rennes, P, { territoryId: 'rennes', force: true })],
    ['POST proposals', 'params.promotionId', () => propose(rennes, '$where', { territoryId: 'rennes' })],
    [
      'POST pins',
      'body.volunteerId',
      () => request(api).post(`/v1/promotions/${P}/pins`).set(bearer(rennes)).send({ territoryId: 'rennes', beneficiaryId: 'b1' }),
    ],
    [
      'DELETE bans',
      'body.beneficiaryId',
      () =>
        request(api)
          .delete(`/v1/promotions/${P}/bans`)
          .set(bearer(rennes))
          .send({ beneficiaryId: { $ne: 1 }, volunteerId: 'v1' }),
    ],
    ['GET pairs', 'query.perPage', () => request(api).get(`/v1/promotions/${P}/pairs?perPage=0`).set(bearer(rennes))],
    ['GET pairs', 'query.status.1', () => request(api).get(`/v1/promotions/${P}/pairs?status=proposed,paused`).set(bearer(rennes))],
    ['GET explanations', 'query.beneficiaryId', () => request(api).get(`/v1/promotions/${P}/explanations`).set(bearer(rennes))],
    ['PATCH pair', 'body.volunteerId', () => request(api).patch('/v1/pairs/x1').set(bearer(rennes)).send({ volunteerId: '' })],
    ['POST transitions', 'body.to', () => move('x1', { to: 'paused' })],
    ['POST transitions', 'body.reason', () => move('x1', { to: 'dissolved', reason: 'bored' })],
    [
      'PUT weights',
      'body.frenchShare',
      () => request(api).put('/v1/territories/rennes/scoring-weights').set(bearer(rennes)).send({ frenchShare: 2 }),
    ],
    [
      'PUT weights',
      'body.criteria.trade',
      () =>
        request(api)
          .put('/v1/territories/rennes/scoring-weights')
          .set(bearer(rennes))
          .send({ criteria: { trade: 1.5 } }),
    ],
    ['PUT weights', 'params.territoryId', () => request(api).put('/v1/territories/lyon/scoring-weights').set(bearer(rennes)).send({})],
    [
      'POST konnecteurs',
      'body.konnecteurs.0.location.lat',
      () =>
        request(api)
          .post(`/v1/promotions/${P}/konnecteur-assignment`)
          .set(bearer(rennes))
          .send({ territoryId: 'rennes', konnecteurs: [{ id: 'k', location: { lat: 100, lon: 0 } }] }),
    ],
    [
      'POST konnecteurs',
      'body.konnecteurs.1.id',
      () =>
        request(api)
          .post(`/v1/promotions/${P}/konnecteur-assignment`)
          .set(bearer(rennes))
          .send({
            territoryId: 'rennes',
            konnecteurs: [
              { id: 'k', location: { lat: 48, lon: -1 } },
              { id: 'k', location: { lat: 48, lon: -1 } },
            ],
          }),
    ],
    [
      'POST konnecteurs',
      'body.konnecteurs',
      () =>
        request(api).post(`/v1/promotions/${P}/konnecteur-assignment`).set(bearer(rennes)).send({ territoryId: 'rennes', konnecteurs: [] }),
    ],
    [
      'POST proposals',
      'body',
      () =>
        request(api)
          .post(`/v1/promotions/${P}/proposals`)
          .set(bearer(rennes))
          .set('content-type', 'application/json')
          .send('{"territoryId":'),
    ],
  ])('When %s has a bad value, then 400 problem+json names %s', async (_what, field, call) => {
    const res = await call();
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When recruitment does not serve matchable profiles yet or the promotion is unknown, then 503 or 404, never 500', async () => {
    const unimplemented = await propose(rennes, 'unimplemented-promo');
    expect(unimplemented.status).toBe(503);
    expect(unimplemented.body.detail).toContain('unimplemented');
    expect((await propose(rennes, 'no-such-promotion')).status).toBe(404);
  });

  it('When a Tours manager reaches for Rennes pairs over REST, then it is refused or sees nothing', async () => {
    const b2 = await pairOf('b2');
    expect((await propose(tours)).status).toBe(403);
    expect((await request(api).get(`/v1/promotions/${P}/pairs`).set(bearer(tours))).body).toEqual([]);
    expect((await request(api).get(`/v1/pairs/${b2.id}`).set(bearer(tours))).status).toBe(404);
    expect((await approve(b2.id, tours)).status).toBe(404);
    expect((await move(b2.id, { to: 'active' }, tours)).status).toBe(404);
    expect((await request(api).patch(`/v1/pairs/${b2.id}`).set(bearer(tours)).send({ volunteerId: 'v1' })).status).toBe(404);
    expect((await request(api).get(`/v1/promotions/${P}/explanations?beneficiaryId=b1`).set(bearer(tours))).status).toBe(404);
    expect((await request(api).get(`/v1/promotions/${P}/proposal`).set(bearer(tours))).status).toBe(404);
    expect(
      (
        await request(api)
          .post(`/v1/promotions/${P}/pins`)
          .set(bearer(tours))
          .send({ territoryId: 'rennes', beneficiaryId: 'b1', volunteerId: 'v1' })
      ).status,
    ).toBe(403);
    expect(
      (await request(api).delete(`/v1/promotions/${P}/bans`).set(bearer(tours)).send({ beneficiaryId: 'b2', volunteerId: 'v1' })).status,
    ).toBe(404);
    expect(
      (
        await request(api)
          .post(`/v1/promotions/${P}/konnecteur-assignment`)
          .set(bearer(tours))
          .send({ territoryId: 'rennes', konnecteurs: [{ id: 'k', location: geo(48, -1) }] })
      ).status,
    ).toBe(403);
    expect((await request(api).get(`/v1/promotions/${P}/pairs`)).status).toBe(401);
    // A volunteer of Rennes is not staff.
    expect((await propose(await userToken('rennes', 'volunteer'))).status).toBe(403);
    expect((await pairOf('b2')).status).toBe('confirmed');
  });

  it('When other services call MatchingService over gRPC, then a service token reads pairs and counts, a Tours token is denied Rennes', async () => {
    const client = createClient(matchingV1.MatchingServiceClient, grpcAddress);
    try {
      const service = bearerMetadata(await serviceToken());
      const list = await unaryCall<matchingV1.ListPairsRequest, matchingV1.ListPairsResponse>(
        client.listPairs.bind(client),
        { territoryId: 'rennes', promotionId: P, statuses: [], beneficiaryId: '', volunteerId: '' },
        service,
      );
      expect(list.pairs.map((p) => p.beneficiaryId).sort()).toEqual(['b1', 'b2', 'b3', 'b4', 'b4']);
      const count = (s: matchingV1.PairStatus) => list.counts.find((c) => c.status === s)?.count;
      expect(count(matchingV1.PairStatus.PAIR_STATUS_COMPLETED)).toBe(1);
      expect(count(matchingV1.PairStatus.PAIR_STATUS_DISSOLVED)).toBe(1);
      expect(count(matchingV1.PairStatus.PAIR_STATUS_WITHDRAWN)).toBe(1);
      const b3 = list.pairs.find((p) => p.beneficiaryId === 'b3');
      const one = await unaryCall<matchingV1.GetPairRequest, matchingV1.GetPairResponse>(
        client.getPair.bind(client),
        { territoryId: 'rennes', pairId: b3?.pairId ?? '' },
        service,
      );
      expect(one.pair).toMatchObject({ volunteerId: 'v6', status: matchingV1.PairStatus.PAIR_STATUS_CONFIRMED });
      expect(one.pair?.contributions).toHaveLength(6);
      const proposal = await unaryCall<matchingV1.GetProposalRequest, matchingV1.GetProposalResponse>(
        client.getProposal.bind(client),
        { territoryId: 'rennes', promotionId: P },
        service,
      );
      expect(proposal.proposalId).not.toBe('');
      expect(proposal.ranAt).toBeInstanceOf(Date);

      const toursMd = bearerMetadata(tours);
      await expect(
        unaryCall(client.getPair.bind(client), { territoryId: 'rennes', pairId: b3?.pairId ?? '' }, toursMd),
      ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      await expect(
        unaryCall(client.getPair.bind(client), { territoryId: 'tours', pairId: b3?.pairId ?? '' }, toursMd),
      ).rejects.toMatchObject({ code: status.NOT_FOUND });
      await expect(
        unaryCall(
          client.listPairs.bind(client),
          { territoryId: 'rennes', promotionId: P, statuses: [], beneficiaryId: '', volunteerId: '' },
          toursMd,
        ),
      ).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      await expect(unaryCall(client.getPair.bind(client), { territoryId: '', pairId: '' }, service)).rejects.toMatchObject({
        code: status.INVALID_ARGUMENT,
      });
      await expect(
        unaryCall(client.getPair.bind(client), { territoryId: 'rennes', pairId: 'x' }, bearerMetadata('garbage')),
      ).rejects.toMatchObject({
        code: status.UNAUTHENTICATED,
      });
    } finally {
      client.close();
    }
  });

  // The calls of react-admin's json-server data provider: getList, getMany, update (PUT), and removal without a body.
  it('When the console lists pairs with _start/_end/_sort/_order and a filter, then one sorted page and the total', async () => {
    const all = 'status=proposed,confirmed,active,completed,dissolved';
    const everything = await request(api).get(`/v1/promotions/${P}/pairs?${all}&perPage=100`).set(bearer(rennes));
    const page = await request(api).get(`/v1/promotions/${P}/pairs?${all}&_start=1&_end=3&_sort=score&_order=DESC`).set(bearer(rennes));
    expect(page.status).toBe(200);
    expect(page.headers['x-total-count']).toBe(String(everything.body.length));
    expect(page.headers['access-control-expose-headers']).toBe('X-Total-Count');
    const byScore = [...(everything.body as PairJson[])].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    expect(page.body.map((p: PairJson) => p.score)).toEqual(byScore.slice(1, 3).map((p) => p.score));
    // What is served is what the OpenAPI document says (its response schemas are these).
    for (const p of everything.body) expect(PairViewSchema.safeParse(p).error?.issues ?? []).toEqual([]);
    expect(
      PairDetailSchema.safeParse((await request(api).get(`/v1/pairs/${page.body[0].id}`).set(bearer(rennes))).body).error?.issues ?? [],
    ).toEqual([]);
    const filtered = await request(api)
      .get(`/v1/promotions/${P}/pairs?_start=0&_end=10&_sort=id&_order=ASC&beneficiaryId=b3`)
      .set(bearer(rennes));
    expect(filtered.body.map((p: PairJson) => p.beneficiaryId)).toEqual(['b3']);
    expect((await request(api).get(`/v1/promotions/${P}/pairs?_start=0&_end=101`).set(bearer(rennes))).status).toBe(400);
  });

  it('When the console asks for some pairs by id (getMany), then exactly those, and a Tours manager gets none of them', async () => {
    const [a, b] = (await pairs('&status=confirmed,completed')).map((p) => p.id);
    const many = await request(api).get(`/v1/promotions/${P}/pairs?id=${a}&id=${b}&status=confirmed,completed`).set(bearer(rennes));
    expect(many.body.map((p: PairJson) => p.id).sort()).toEqual([a, b].sort());
    expect(many.headers['x-total-count']).toBe('2');
    expect((await request(api).get(`/v1/promotions/${P}/pairs?id=${a}`).set(bearer(tours))).body).toEqual([]);
  });

  it('When the console updates a pair with PUT, then it runs the same checks as PATCH', async () => {
    const proposed = (await pairs('&status=proposed'))[0];
    const put = (volunteerId: unknown, token = rennes) =>
      request(api).put(`/v1/pairs/${proposed.id}`).set(bearer(token)).send({ volunteerId });
    expect((await put('')).body.errors[0].field).toBe('body.volunteerId');
    expect((await put('v4')).body).toMatchObject({ code: 'conflict', rule: 'volunteer-trained' });
    expect((await put('v1', tours)).status).toBe(404);
  });

  it('When staff remove a pin or a ban named in the path, then it is gone, without a request body', async () => {
    for (const kind of ['pins', 'bans'] as const) {
      expect(
        (await request(api).post(`/v1/promotions/${P}/${kind}`).set(bearer(rennes)).send({ beneficiaryId: 'b9', volunteerId: 'v9' }))
          .status,
      ).toBe(201);
      expect((await request(api).get(`/v1/promotions/${P}/proposal`).set(bearer(rennes))).body[kind]).toContainEqual({
        beneficiaryId: 'b9',
        volunteerId: 'v9',
      });
      expect((await request(api).delete(`/v1/promotions/${P}/${kind}/b9/v9`).set(bearer(tours))).status).toBe(404);
      const removed = await request(api).delete(`/v1/promotions/${P}/${kind}/b9/v9`).set(bearer(rennes));
      expect(removed.status).toBe(200);
      expect(removed.body[kind]).not.toContainEqual({ beneficiaryId: 'b9', volunteerId: 'v9' });
      expect((await request(api).delete(`/v1/promotions/${P}/${kind}/$where/v9`).set(bearer(rennes))).body.errors[0].field).toBe(
        'params.beneficiaryId',
      );
    }
  });
});
