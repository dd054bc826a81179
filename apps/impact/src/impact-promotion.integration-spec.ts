import request from 'supertest';
import pino from 'pino';
import type { Connection } from 'mongoose';
import { EventPublisher, type EventEnvelope } from '@binome/events';
import { bearer, eventually, pdfText, STAFF, testKafka, testServiceConfig, tokensOf, uniqueId } from '@binome/testing';
import { createImpactService } from './impact.service';
import { FACT_COLLECTIONS } from './modules/projection/fact.schema';
import { replayProjection } from './modules/projection/replay';
import { addMonths } from './modules/surveys/survey-schedule';
import { daysAfter, daysAgo, PromotionEvents } from './testing/promotion-events';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
const day = (d: Date) => d.toISOString().slice(0, 10);
const dbOf = (connection: Connection, name: string) => {
  const db = connection.useDb(name, { useCache: true }).db;
  if (!db) throw new Error(`database ${name} not connected`);
  return db;
};

/**
 * A promotion simulated from the events of every service (applications → pairs → meetings), its
 * surveys and outcomes entered through the API, and the indicators checked against figures
 * worked out by hand below — counts, response rates, Wilson intervals (computed apart, with
 * Python, from Wilson's formula) and a suppressed small cell; then a replay into a fresh database
 * gives the same projection, and an erasure leaves no personal data and the same counts.
 */
describe('impact: a promotion from events to funder figures, on the real Kafka, database and Keycloak', () => {
  const suffix = uniqueId('');
  const topics = {
    recruitment: `binome.recruitment.v1.test-${suffix}`,
    matching: `binome.matching.v1.test-${suffix}`,
    scheduling: `binome.scheduling.v1.test-${suffix}`,
    workshops: `binome.workshops.v1.test-${suffix}`,
    impact: `binome.impact.v1.test-${suffix}`,
  };
  const service = createImpactService(testServiceConfig('impact'), logger, {
    group: `impact-test-${suffix}`,
    surveysGroup: `impact-surveys-test-${suffix}`,
    topics,
    // The Konnecteur of Rennes is the referent `ref-k1` (recruitment's record), who follows pairs 1–3.
    konnecteurs: { referentIdsOf: async (p) => (p.realm === 'rennes' && p.username === 'konnecteur' ? ['ref-k1'] : []) },
    pointerPollMs: 300_000,
  });
  const publisher = new EventPublisher(testKafka());
  let api: string;
  let t: Record<'rennes' | 'tours' | 'hq' | 'konnecteur', string>;

  const rennes = new PromotionEvents('rennes', uniqueId('promo-'));
  const tours = new PromotionEvents('tours', uniqueId('promo-'));
  const start = daysAgo(213); // seven months ago: T+6 is due, T+12 is not
  const candidates = Array.from({ length: 12 }, () => uniqueId('cand-'));
  const volunteers = Array.from({ length: 10 }, () => uniqueId('vol-'));
  const pairs = Array.from({ length: 10 }, () => uniqueId('pair-'));
  const comment = `Un commentaire libre ${suffix}`;

  const publish = async (topic: string, envelopes: EventEnvelope[]) => publisher.publish(topic, envelopes);

  beforeAll(async () => {
    const { httpPort } = await service.start();
    api = `http://127.0.0.1:${httpPort}`;
    await publisher.connect();
    t = await tokensOf({ ...STAFF, konnecteur: ['rennes', 'konnecteur'] });

    // Intake: 12 applications, the first three referred by a partner; 10 admitted, 1 waitlisted, 1 closed at screening.
    await publish(topics.recruitment, [
      ...candidates.slice(0, 10).flatMap((c, i) => rennes.intake(c, ['screened', 'interviewed', 'admitted'], i < 3)),
      ...rennes.intake(candidates[10], ['screened', 'interviewed', 'waitlisted']),
      ...rennes.intake(candidates[11], ['screened', 'closed']),
      // Volunteers 1–7 at SNCF, 8–10 at Vinci (a company cell of fewer than five people).
      ...volunteers.map((v, i) => rennes.volunteer(v, i < 7 ? 'sncf' : 'vinci')),
    ]);
    // Pairs: 1–9 completed after six months, 10 dissolved after two (its T+6 is never due); Konnecteur ref-k1 follows 1–3.
    await publish(
      topics.matching,
      pairs.flatMap((pairId, i) =>
        rennes.pair({
          pairId,
          beneficiaryId: candidates[i],
          volunteerId: volunteers[i],
          start,
          ...(i < 3 ? { konnecteurId: 'ref-k1' } : {}),
          end: i < 9 ? { at: daysAfter(start, 183), as: 'completed' } : { at: daysAfter(start, 60), as: 'dissolved' },
        }),
      ),
    );
    // Meetings: five held of two hours for pairs 1–9, one no-show for pair 10.
    await publish(topics.scheduling, [
      ...pairs
        .slice(0, 9)
        .flatMap((p) => [1, 2, 3, 4, 5].flatMap((k) => rennes.meeting(uniqueId('m-'), p, 'held', daysAfter(start, 10 + 15 * k)))),
      ...rennes.meeting(uniqueId('m-'), pairs[9], 'missed', daysAfter(start, 12)),
    ]);
    // Workshops: one CV session; beneficiaries 1–4 present, 5 absent then corrected to present, 6
    // absent, 7 excused (not counted), and a Tours person (another territory) present.
    const cv = uniqueId('session-');
    await publish(topics.workshops, [
      ...candidates.slice(0, 4).map((c) => rennes.attendance(cv, c, 'present', daysAfter(start, 30))),
      rennes.attendance(cv, candidates[4], 'absent', daysAfter(start, 30)),
      rennes.attendance(cv, candidates[4], 'present', daysAfter(start, 30)),
      rennes.attendance(cv, candidates[5], 'absent', daysAfter(start, 30)),
      rennes.attendance(cv, candidates[6], 'excused', daysAfter(start, 30)),
    ]);
    await publish(topics.workshops, [tours.attendance(uniqueId('session-'), uniqueId('cand-'), 'present', daysAfter(start, 30))]);
    // Tours: two completed pairs (a territory cell of fewer than five).
    await publish(topics.matching, [
      ...tours.pair({
        pairId: uniqueId('pair-'),
        beneficiaryId: uniqueId('cand-'),
        volunteerId: uniqueId('vol-'),
        start,
        end: { at: daysAfter(start, 183), as: 'completed' },
      }),
      ...tours.pair({
        pairId: uniqueId('pair-'),
        beneficiaryId: uniqueId('cand-'),
        volunteerId: uniqueId('vol-'),
        start,
        end: { at: daysAfter(start, 183), as: 'completed' },
      }),
    ]);
    // Surveys are scheduled from the pair events: 5 per pair.
    await eventually(
      async () => {
        const res = await request(api).get(`/v1/surveys?promotionId=${rennes.promotionId}&perPage=100`).set(bearer(t.rennes));
        return Number(res.headers['x-total-count']) === 50 ? true : undefined;
      },
      30_000,
      '50 surveys scheduled',
    );
  }, 90_000);

  afterAll(async () => {
    await publisher.disconnect();
    const { connection } = service.context();
    const replayed = service.projection().pointer()?.database;
    if (replayed && replayed !== connection.name)
      await connection
        .useDb(replayed)
        .dropDatabase()
        .catch(() => undefined);
    await connection.dropDatabase().catch(() => undefined);
    await service.stop();
  });

  const surveyOf = async (token: string, pairId: string, respondent: string, wave: string) => {
    const res = await request(api).get(`/v1/surveys?pairId=${pairId}&respondent=${respondent}&wave=${wave}`).set(bearer(token));
    const found = res.body[0] as { id: string; dueOn: string; status: string } | undefined;
    if (!found) throw new Error(`no ${respondent} ${wave} survey for ${pairId}`);
    return found;
  };
  const answer = (token: string, id: string, answers: object) =>
    request(api)
      .post(`/v1/surveys/${encodeURIComponent(id)}/answers`)
      .set(bearer(token))
      .send({ answers });

  it('When a T+6 answer is out of range or of an unknown option, then 400 problem+json names the question and nothing is recorded', async () => {
    const s = await surveyOf(t.rennes, pairs[0], 'beneficiary', 'T6');
    expect(s.dueOn).toBe(addMonths(day(start), 6));
    const res = await answer(t.rennes, s.id, {
      network: true,
      autonomy: 9,
      confidence: 3,
      french: 3,
      projectClarity: 3,
      situation: 'astronaut',
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.answers.autonomy', 'body.answers.situation']);
    expect((await surveyOf(t.rennes, pairs[0], 'beneficiary', 'T6'))?.status).toBe('due');
  });

  it("When the Konnecteur lists what is due, then they see the surveys of the three pairs they follow and no other; Tours' manager gets 404 on a Rennes survey", async () => {
    const res = await request(api).get(`/v1/surveys?status=due&perPage=100`).set(bearer(t.konnecteur));
    expect(res.status).toBe(200);
    expect(new Set(res.body.map((s: { pairId: string }) => s.pairId))).toEqual(new Set(pairs.slice(0, 3)));
    const s = await surveyOf(t.rennes, pairs[5], 'beneficiary', 'T6');
    expect((await answer(t.tours, s.id, { network: true })).status).toBe(404);
    expect((await answer(t.konnecteur, s.id, { network: true })).status).toBe(404);
  });

  it('When the T+6 surveys and the outcomes are entered (one beneficiary through her personal link, in English), then each is recorded once', async () => {
    for (let i = 0; i < 7; i++) {
      const s = await surveyOf(t.rennes, pairs[i], 'beneficiary', 'T6');
      const token = i < 3 ? t.konnecteur : t.rennes;
      const res = await answer(token, s.id, {
        network: true,
        autonomy: i < 6 ? 4 + (i % 2) : 2,
        confidence: 3,
        french: 3,
        projectClarity: 4,
        situation: i % 2 ? 'employed' : 'searching',
        ...(i === 0 ? { comment } : {}),
      });
      expect(res.status).toBe(200);
      expect(res.body.answeredThrough).toBe(i < 3 ? 'konnecteur' : 'staff');
    }
    // Pair 8's beneficiary answers herself, through her link, in English.
    const s8 = await surveyOf(t.rennes, pairs[7], 'beneficiary', 'T6');
    const link = await request(api)
      .post(`/v1/surveys/${encodeURIComponent(s8.id)}/link`)
      .set(bearer(t.rennes))
      .send({ language: 'en' });
    expect(link.status).toBe(201);
    const opened = await request(api).get(`/v1/survey-links/${link.body.token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.questionnaire.questions[0].text).toBe('Do you have the start of a professional network in France?');
    expect(JSON.stringify(opened.body)).not.toContain(candidates[7]);
    const byLink = await request(api)
      .post(`/v1/survey-links/${link.body.token}/answers`)
      .send({ answers: { network: false, autonomy: 2, confidence: 2, french: 2, projectClarity: 2, situation: 'training' } });
    expect(byLink.status).toBe(200);
    expect(
      (
        await request(api)
          .post(`/v1/survey-links/${link.body.token}/answers`)
          .send({ answers: { network: true } })
      ).status,
    ).toBe(409);
    expect((await request(api).get(`/v1/survey-links/${'x'.repeat(43)}`)).status).toBe(404);

    for (let i = 0; i < 6; i++) {
      const v = await surveyOf(t.rennes, pairs[i], 'volunteer', 'T6');
      expect((await answer(t.rennes, v.id, { wouldDoAgain: i < 5, skillsGained: ['listening'], timeSpentHours: 20 })).status).toBe(200);
    }
    const kinds = [
      'permanent-contract',
      'permanent-contract',
      'fixed-term-6-months-or-more',
      'internship',
      'fixed-term-under-6-months',
      'pre-qualifying-training',
      'none',
      'none',
      'none',
    ];
    for (const [i, kind] of kinds.entries()) {
      const res = await request(api)
        .post('/v1/outcomes')
        .set(bearer(t.rennes))
        .send({
          pairId: pairs[i],
          kind,
          startedOn: day(daysAfter(start, 150)),
          ...(i === 0 ? { evidence: `Contrat signé ${suffix}` } : {}),
        });
      expect(res.status).toBe(201);
    }
    const bad = await request(api)
      .post('/v1/outcomes')
      .set(bearer(t.rennes))
      .send({ pairId: pairs[0], kind: 'astronaut', startedOn: '2026-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.kind', 'body.startedOn']);
    expect(
      (await request(api).post('/v1/outcomes').set(bearer(t.tours)).send({ pairId: pairs[0], kind: 'none', startedOn: '2026-01-01' }))
        .status,
    ).toBe(404);
  });

  /** Worked out by hand from the simulation above (T+6 due for pairs 1–9). */
  const EXPECTED = {
    network: { numerator: 7, denominator: 8, due: 9, lower: 0.5291, upper: 0.9776 },
    autonomy: { numerator: 6, denominator: 8, due: 9, lower: 0.4093, upper: 0.9285 },
    opportunity: { numerator: 6, denominator: 9, due: 9, lower: 0.3542, upper: 0.8794 },
    'positive-exits': { numerator: 4, denominator: 9, due: 9, lower: 0.1888, upper: 0.7333 },
    'volunteers-again': { numerator: 5, denominator: 6, due: 9, lower: 0.4365, upper: 0.9699 },
    'active-job-seekers': { numerator: 8, denominator: 8, due: 9, lower: 0.6756, upper: 1 },
  } as const;
  const PUBLISHED = {
    network: 0.94,
    autonomy: 0.79,
    opportunity: 0.57,
    'positive-exits': 0.5,
    'volunteers-again': 0.86,
    'active-job-seekers': 1,
  };

  const indicators = () => request(api).get(`/v1/indicators?territoryId=rennes&promotionId=${rennes.promotionId}`).set(bearer(t.rennes));
  const settled = () =>
    eventually(
      async () => {
        const res = await indicators();
        const f = res.body.figures?.find((x: { code: string }) => x.code === 'opportunity');
        const v = res.body.figures?.find((x: { code: string }) => x.code === 'volunteers-again');
        return f?.denominator === 9 &&
          v?.denominator === 6 &&
          res.body.meetings?.held === 45 &&
          res.body.funnel?.waitlisted === 1 &&
          res.body.workshopAssiduity?.recorded === 6
          ? res.body
          : undefined;
      },
      30_000,
      'indicators settled',
    );

  it('When the events are projected, then the figures equal the hand-computed ones, with response rates, Wilson intervals and the published figure beside each', async () => {
    const body = await settled();
    for (const [code, e] of Object.entries(EXPECTED)) {
      const f = body.figures.find((x: { code: string }) => x.code === code);
      expect({ code, numerator: f.numerator, denominator: f.denominator, due: f.due }).toEqual({
        code,
        numerator: e.numerator,
        denominator: e.denominator,
        due: e.due,
      });
      expect(f.value).toBeCloseTo(e.numerator / e.denominator, 10);
      expect(f.responseRate).toBeCloseTo(e.denominator / e.due, 10);
      expect(f.interval.lower).toBeCloseTo(e.lower, 4);
      expect(f.interval.upper).toBeCloseTo(e.upper, 4);
      expect(f.published).toBe(PUBLISHED[code as keyof typeof PUBLISHED]);
      expect(f.definition.fr.length).toBeGreaterThan(20);
    }
    // A promotion's funnel counts the people decided into it; the territory's counts every application.
    expect(body.funnel).toEqual({ applied: 11, screened: 11, interviewed: 11, admitted: 10, waitlisted: 1, referred: 0, closed: 0 });
    const territoryWide = (await request(api).get('/v1/indicators?territoryId=rennes').set(bearer(t.rennes))).body;
    expect(territoryWide.funnel).toEqual({
      applied: 12,
      screened: 12,
      interviewed: 11,
      admitted: 10,
      waitlisted: 1,
      referred: 0,
      closed: 1,
    });
    expect(body.referralConversions).toEqual({ referred: 3, admitted: 3 });
    expect(body.pairs).toEqual({ confirmed: 0, active: 0, completed: 9, dissolved: 1 });
    expect(body.meetings).toMatchObject({ held: 45, missed: 1, planned: 0, heldPerPair: 5, plannedPerPair: 10 });
    expect(body.volunteerHours).toEqual({ meetings: 90, declaredAtT6: 120 });
    // Workshops: 5 present of 6 counted (the excused absence is not); Wilson 95 % of 5/6 worked
    // out apart: [0.43649, 0.96995].
    expect(body.workshopAssiduity).toMatchObject({ attended: 5, recorded: 6 });
    expect(body.workshopAssiduity.value).toBeCloseTo(5 / 6, 10);
    expect(body.workshopAssiduity.interval.lower).toBeCloseTo(0.43649, 4);
    expect(body.workshopAssiduity.interval.upper).toBeCloseTo(0.96995, 4);
    expect(body.insertionTypology).toEqual({ 'lasting-job': 3, 'transition-job': 1, 'positive-exit-training': 1, other: 4 });
    expect(body.definitions.programmePositiveExit.fr).toMatch(/définition du programme/);
  });

  it('When the figures are broken down by company and by territory, then the cells under five people are suppressed and the others shown', async () => {
    const byCompany = await request(api).get(`/v1/indicators/breakdown?by=company&territoryId=rennes`).set(bearer(t.rennes));
    const cell = (rows: { key: string; figures: { code: string }[] }[], key: string) =>
      rows.find((r) => r.key === key)?.figures.find((f) => f.code === 'network') as Record<string, unknown>;
    expect(cell(byCompany.body.rows, 'sncf')).toMatchObject({ numerator: 7, denominator: 7, due: 7, suppressed: false });
    expect(cell(byCompany.body.rows, 'vinci')).toEqual(expect.objectContaining({ suppressed: true }));
    expect(cell(byCompany.body.rows, 'vinci')).not.toHaveProperty('numerator');
    const byTerritory = await request(api).get(`/v1/indicators/breakdown?by=territory`).set(bearer(t.hq));
    expect(cell(byTerritory.body.rows, 'rennes')).toMatchObject({ numerator: 7, denominator: 8, suppressed: false });
    expect(cell(byTerritory.body.rows, 'tours')).toEqual(expect.objectContaining({ suppressed: true }));
    expect((await request(api).get(`/v1/indicators?territoryId=rennes`).set(bearer(t.tours))).status).toBe(403);
    expect((await request(api).get(`/v1/indicators?territoryId=rennes`).set(bearer(t.konnecteur))).status).toBe(403);
    const csv = await request(api).get(`/v1/indicators/network/export?territoryId=rennes&by=company`).set(bearer(t.rennes));
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^indicator,group,key,numerator,denominator,value,wilson95_lower,wilson95_upper/);
    expect(lines[1]).toMatch(/^network,selection,rennes,7,8,0\.8750,0\.5291,0\.9776,9,/);
    expect(lines.find((l) => l.includes(',vinci,'))).toMatch(/^network,company,vinci,suppressed,suppressed,,,,/);
  });

  it('When the T0 gaps are asked for, then the answered T0 surveys give needs; when the funder report is printed, its text carries the figures and the definition', async () => {
    const t0 = await surveyOf(t.rennes, pairs[3], 'beneficiary', 'T0');
    await answer(t.rennes, t0.id, { network: false, autonomy: 1, confidence: 4, french: 2, projectClarity: 5, situation: 'searching' });
    const needs = await request(api).get(`/v1/territories/rennes/promotions/${rennes.promotionId}/needs`).set(bearer(t.rennes));
    expect(needs.body).toEqual([{ personId: candidates[3], pairId: pairs[3], needs: ['NETWORK', 'JOB_SEARCH', 'FRENCH'] }]);

    const pdf = await request(api)
      .get(`/v1/reports/funder?territoryId=rennes&promotionId=${rennes.promotionId}`)
      .set(bearer(t.rennes))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('rapport d’impact, territoire rennes');
    expect(text).toMatch(/Début de réseau professionnel\s+7 \/ 8\s+88 %\s+53 % – 98 %\s+89 %\s+94 %/);
    expect(text).toContain('Sortie positive (définition du programme)');
  }, 60_000);

  it('When the projection is replayed into a fresh database and swapped in, then every fact and every figure is the same, and new events keep flowing', async () => {
    const before = await settled();
    const runner = service.projection();
    const live = runner.pointer();
    if (!live) throw new Error('no live projection');
    const { connection, kafka } = service.context();
    const dump = async (database: string) => {
      const db = dbOf(connection, database);
      const out: Record<string, unknown[]> = {};
      for (const c of Object.values(FACT_COLLECTIONS)) out[c] = await db.collection(c).find({}).sort({ _id: 1 }).toArray();
      return out;
    };
    const liveFacts = await dump(live.database);
    const result = await replayProjection({ connection, kafka, logger, topics: Object.values(topics), group: live.group });
    expect(result.applied).toBeGreaterThan(100);
    expect(await dump(result.pointer.database)).toEqual(liveFacts);
    await runner.poll();
    expect(runner.pointer()).toMatchObject({ database: result.pointer.database, group: result.pointer.group });
    const after = (await indicators()).body;
    expect(after.figures).toEqual(before.figures);
    expect({ ...after, asOf: undefined }).toEqual({ ...before, asOf: undefined });
    // The swapped-in group goes on from where the replay stopped.
    await publish(topics.scheduling, rennes.meeting(uniqueId('m-'), pairs[0], 'held', daysAfter(start, 100)));
    await eventually(async () => ((await indicators()).body.meetings.held === 46 ? true : undefined), 30_000, 'meeting after the swap');
  }, 120_000);

  it('When a beneficiary is erased, then impact holds neither her id nor her free text nor her evidence, and every count stays', async () => {
    const before = (await indicators()).body;
    await publish(topics.recruitment, [rennes.erased(candidates[0])]);
    const { connection } = service.context();
    const databases = [connection.name, service.projection().pointer()?.database ?? connection.name];
    const leftovers = async () => {
      const found: string[] = [];
      for (const name of databases) {
        const db = dbOf(connection, name);
        for (const c of await db.listCollections().toArray()) {
          if (c.name === 'processed_events') continue;
          for (const doc of await db.collection(c.name).find({}).toArray()) {
            const text = JSON.stringify(doc);
            if (text.includes(candidates[0]) || text.includes(comment) || text.includes(`Contrat signé ${suffix}`))
              found.push(`${name}.${c.name}`);
          }
        }
      }
      return found;
    };
    await eventually(async () => ((await leftovers()).length === 0 ? true : undefined), 30_000, 'no personal data left');
    const after = (await indicators()).body;
    expect(after.figures).toEqual(before.figures);
    expect(after.funnel).toEqual(before.funnel);
    const count = await request(api).get('/v1/territories/rennes/application-count').set(bearer(t.rennes));
    expect(count.body.count).toBe(12);
  });
});
