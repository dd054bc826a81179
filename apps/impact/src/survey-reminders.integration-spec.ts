import { credentials, status, type ServiceError } from '@grpc/grpc-js';
import request from 'supertest';
import pino from 'pino';
import { schedulingV1 } from '@binome/contracts';
import { bearerMetadata } from '@binome/grpc';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
import { decodeEnvelope, decodePayload, EventPublisher, EVENTS } from '@binome/events';
import {
  bearer,
  eventually,
  freePort,
  readTopic,
  startService,
  startSmtpCatcher,
  testKafka,
  testServiceConfig,
  tokensOf,
  uniqueId,
  type ServiceProcess,
  type SmtpCatcher,
} from '@binome/testing';
import { createImpactService } from './impact.service';
import { addDays, addMonths } from './modules/surveys/survey-schedule';
import { daysAgo, PromotionEvents } from './testing/promotion-events';

const logger = pino({ level: 'silent' });
const DAY = 86_400_000;
const BENEFICIARY_EMAIL = 'beneficiary@rennes.binome.test';
const VOLUNTEER_EMAIL = 'volunteer@rennes.binome.test';
const KONNECTEUR_EMAIL = 'konnecteur@rennes.binome.test';
const CORE = { network: true, autonomy: 4, confidence: 4, french: 3, projectClarity: 4, situation: 'searching' };

/**
 * Impact and scheduling together, each the real thing: impact in this process (its clock moved by
 * the test), scheduling as its own process (`npm start`'s entry point) on its own database,
 * groups and topics, both on the real Kafka, database and Keycloak, and a real SMTP server.
 * 1. A survey that becomes due is published once (`SurveyDue`, ids only); scheduling emails the
 *    person in their language with a personal link it asks impact for; the link opens and answers
 *    the survey. A wave answered before it fell due is never reminded. A wave still unanswered a
 *    week before it closes gets one last reminder (`SurveyDue` with reminder 2), emailed too.
 * 2. A Konnecteur's reach in impact is scheduling's link of their account to a referent id: they
 *    see and answer the surveys of the pairs they follow, not another Konnecteur's, and their
 *    Rennes token reaches nothing in Paris.
 */
describe('impact × scheduling: survey reminders by email and a Konnecteur’s surveys', () => {
  const suffix = uniqueId('');
  const topics = {
    recruitment: `binome.recruitment.v1.test-${suffix}`,
    matching: `binome.matching.v1.test-${suffix}`,
    scheduling: `binome.scheduling.v1.test-${suffix}`,
    workshops: `binome.workshops.v1.test-${suffix}`,
    impact: `binome.impact.v1.test-${suffix}`,
  };
  // The pair started 100 days ago; impact's clock starts two days before that (nothing due yet).
  const start = new Date(`${daysAgo(100).toISOString().slice(0, 10)}T09:00:00Z`);
  const startDay = start.toISOString().slice(0, 10);
  let ahead = start.getTime() - 2 * DAY - Date.now();
  const setToday = (day: string) => (ahead = new Date(`${day}T12:00:00Z`).getTime() - Date.now());

  const rennes = new PromotionEvents('rennes', uniqueId('promo-'));
  const paris = new PromotionEvents('paris', uniqueId('promo-'));
  const [pairA, pairB, pairP] = [uniqueId('pair-a-'), uniqueId('pair-b-'), uniqueId('pair-p-')];
  const [b1, v1, b2, v2, b3, v3] = ['b1-', 'v1-', 'b2-', 'v2-', 'b3-', 'v3-'].map((p) => uniqueId(p));
  const [refA, refB, refP] = [uniqueId('ref-a-'), uniqueId('ref-b-'), uniqueId('ref-p-')];

  let smtp: SmtpCatcher;
  let fake: FakeRecruitment;
  let scheduling: ServiceProcess;
  let impact: ReturnType<typeof createImpactService>;
  let api: string;
  let schedulingApi: string;
  const publisher = new EventPublisher(testKafka());
  let t: Record<'rennes' | 'paris' | 'konnecteur' | 'beneficiary' | 'volunteer', string>;

  const get = (path: string, token: string) => request(api).get(path).set(bearer(token));
  const answer = (token: string, surveyId: string, answers: object) =>
    request(api)
      .post(`/v1/surveys/${encodeURIComponent(surveyId)}/answers`)
      .set(bearer(token))
      .send({ answers });
  const ownIds = (territoryId: string, token: string) =>
    new Promise<{ ids?: string[]; code?: number }>((resolve) => {
      const client = new schedulingV1.SchedulingServiceClient(`127.0.0.1:${scheduling.grpcPort}`, credentials.createInsecure());
      client.listOwnKonnecteurIds(
        { territoryId },
        bearerMetadata(token),
        (e: ServiceError | null, r?: schedulingV1.ListOwnKonnecteurIdsResponse) => {
          client.close();
          resolve(e ? { code: e.code } : { ids: r?.konnecteurIds ?? [] });
        },
      );
    });

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    const impactConfigBase = testServiceConfig('impact');
    fake = await startFakeRecruitment(impactConfigBase, logger);
    fake.people.set(BENEFICIARY_EMAIL, { kind: 'beneficiary', id: b1 });
    fake.people.set(VOLUNTEER_EMAIL, { kind: 'volunteer', id: v1 });
    const impactGrpcPort = await freePort();
    scheduling = await startService('scheduling', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONGO_DB: `test_scheduling_${suffix}`,
      KAFKA_GROUP_PREFIX: `test-${suffix}-`,
      MATCHING_TOPIC: topics.matching,
      RECRUITMENT_TOPIC: topics.recruitment,
      IMPACT_TOPIC: topics.impact,
      SMTP_URL: smtp.url,
      NOTIFY_POLL_MS: '100',
      NOTIFY_MAX_POLL_MS: '300',
      NOTIFY_RETRY_BASE_MS: '200',
      NOTIFY_RETRY_MAX_MS: '1000',
      PEERS: `recruitment=${fake.address},impact=127.0.0.1:${impactGrpcPort}`,
    });
    schedulingApi = `http://127.0.0.1:${scheduling.httpPort}`;
    impact = createImpactService(
      testServiceConfig('impact', { GRPC_PORT: String(impactGrpcPort), PEERS: `scheduling=127.0.0.1:${scheduling.grpcPort}` }),
      logger,
      {
        group: `impact-test-${suffix}`,
        surveysGroup: `impact-surveys-test-${suffix}`,
        topics,
        now: () => new Date(Date.now() + ahead),
        reminderPollMs: 200,
        pointerPollMs: 300_000,
      },
    );
    const { httpPort } = await impact.start();
    api = `http://127.0.0.1:${httpPort}`;
    t = await tokensOf({
      rennes: ['rennes', 'manager'],
      paris: ['paris', 'manager'],
      konnecteur: ['rennes', 'konnecteur'],
      beneficiary: ['rennes', 'beneficiary'],
      volunteer: ['rennes', 'volunteer'],
    });
    await publisher.connect();
    await publisher.publish(topics.matching, [
      ...rennes.pair({ pairId: pairA, beneficiaryId: b1, volunteerId: v1, start, konnecteurId: refA }),
      ...rennes.pair({ pairId: pairB, beneficiaryId: b2, volunteerId: v2, start, konnecteurId: refB }),
      ...paris.pair({ pairId: pairP, beneficiaryId: b3, volunteerId: v3, start, konnecteurId: refP }),
    ]);
    // Impact has scheduled the surveys (and named their Konnecteur); scheduling knows the pair.
    await eventually(
      async () => {
        const r = await get(`/v1/surveys?pairId=${pairA}&wave=T3`, t.rennes);
        return r.body[0]?.konnecteurId === refA ? true : undefined;
      },
      30_000,
      'surveys scheduled',
    );
    await eventually(
      async () => ((await get(`/v1/surveys?pairId=${pairP}`, t.paris)).body.length === 5 ? true : undefined),
      30_000,
      'Paris surveys scheduled',
    );
    // Each participant asks for reminders (the beneficiary in English); staff link the Konnecteurs.
    for (const [token, language] of [
      [t.beneficiary, 'en'],
      [t.volunteer, 'fr'],
    ] as const)
      await eventually(
        async () => {
          const r = await request(schedulingApi)
            .put(`/v1/pairs/${pairA}/reminders`)
            .set(bearer(token))
            .send({ firstName: 'Amina', language });
          return r.status === 200 ? true : undefined;
        },
        30_000,
        'subscribed to reminders',
      );
    await request(schedulingApi)
      .put(`/v1/territories/rennes/konnecteurs/${refA}/contact`)
      .set(bearer(t.rennes))
      .send({ email: KONNECTEUR_EMAIL, firstName: 'Karim' })
      .expect(200);
    // Paris links its own referent to the same address: a Rennes token must still reach none of it.
    await request(schedulingApi)
      .put(`/v1/territories/paris/konnecteurs/${refP}/contact`)
      .set(bearer(t.paris))
      .send({ email: KONNECTEUR_EMAIL, firstName: 'Karim' })
      .expect(200);
  }, 180_000);

  afterAll(async () => {
    await publisher.disconnect();
    await impact?.stop();
    await scheduling?.stop();
    await fake?.stop();
    await smtp?.stop();
  });

  it('When a Konnecteur lists the surveys to collect, then they see their own pairs’ waves (T+3 and T+6 among them) and no other Konnecteur’s', async () => {
    const mine = await eventually(
      async () => {
        const r = await get('/v1/surveys', t.konnecteur);
        return r.status === 200 && r.body.length ? r : undefined;
      },
      20_000,
      'the Konnecteur’s surveys',
    );
    expect(new Set(mine.body.map((s: { pairId: string }) => s.pairId))).toEqual(new Set([pairA]));
    expect(mine.body.map((s: { _id?: string; id: string }) => s.id).sort()).toEqual(
      [
        `${pairA}:beneficiary:T0`,
        `${pairA}:beneficiary:T12`,
        `${pairA}:beneficiary:T3`,
        `${pairA}:beneficiary:T6`,
        `${pairA}:volunteer:T6`,
      ].sort(),
    );
    expect((await get(`/v1/surveys?pairId=${pairB}`, t.konnecteur).expect(200)).body).toEqual([]);
    // Staff of Rennes see both pairs: the filter is the Konnecteur's, not a missing projection.
    expect((await get(`/v1/surveys?pairId=${pairB}`, t.rennes).expect(200)).body).toHaveLength(5);
  });

  it('When a Konnecteur enters answers, then their own pair’s survey takes them and another Konnecteur’s or Paris’s is 404', async () => {
    const ok = await answer(t.konnecteur, `${pairA}:beneficiary:T0`, CORE).expect(200);
    expect(ok.body).toMatchObject({ status: 'answered', wave: 'T0' });
    await answer(t.konnecteur, `${pairB}:beneficiary:T0`, CORE).expect(404);
    await answer(t.konnecteur, `${pairP}:beneficiary:T0`, CORE).expect(404);
    expect((await get(`/v1/surveys?pairId=${pairP}`, t.konnecteur).expect(200)).body).toEqual([]);
    // Scheduling answers a Rennes token with its own Rennes links only, and refuses it on Paris.
    expect(await ownIds('rennes', t.konnecteur)).toEqual({ ids: [refA] });
    expect(await ownIds('paris', t.konnecteur)).toEqual({ code: status.PERMISSION_DENIED });
    // Another account of Rennes, linked to nothing, reaches no survey.
    expect((await get('/v1/surveys', t.volunteer)).status).toBe(403);
  });

  it('When a T+3 survey falls due, then the person gets one email in their language with a link that opens and answers it, and the wave answered earlier gets none', async () => {
    const t3Day = addMonths(startDay, 3);
    setToday(addDays(t3Day, 1));
    const mail = await smtp.waitFor((m) => m.to.includes(BENEFICIARY_EMAIL), 30_000);
    expect(mail.parsed.subject).toBe('Your Binôme questionnaire at 3 months is waiting for you');
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Hello Amina');
    expect(text).toContain('The Binôme team in Rennes');
    const link = /http:\/\/127\.0\.0\.1:8080\/api\/impact(\/v1\/survey-links\/([A-Za-z0-9_-]{43}))/.exec(text);
    expect(link).not.toBeNull();
    const [, path, token] = link as RegExpExecArray;
    // No id or last name in the email: the link's token is the only key.
    expect(text).not.toContain(pairA);
    expect(text).not.toContain(b1);

    const opened = await request(api).get(path).expect(200);
    expect(opened.body).toMatchObject({ wave: 'T3', dueOn: t3Day, status: 'due' });
    expect(opened.body.questionnaire.questions.map((q: { text: string }) => q.text)).toContain('Do you feel confident?');
    await request(api).post(`${path}/answers`).send({ answers: CORE }).expect(200);
    expect((await get(`/v1/surveys?pairId=${pairA}&wave=T3`, t.rennes).expect(200)).body[0]).toMatchObject({ status: 'answered' });

    // Impact published one reminder per survey due and unanswered: T+3 of each pair, not the
    // T0 the Konnecteur answered, not T+6; the events carry ids, never the link's token.
    const seen = await readTopic(
      topics.impact,
      (all) => all.filter((m) => decodeEnvelope(m.value).type === EVENTS.SurveyDue.name).length >= 3,
    );
    const due = seen.map((m) => decodeEnvelope(m.value)).filter((e) => e.type === EVENTS.SurveyDue.name);
    expect(due.map((e) => decodePayload(EVENTS.SurveyDue, e).surveyId).sort()).toEqual(
      [`${pairA}:beneficiary:T3`, `${pairB}:beneficiary:T3`, `${pairP}:beneficiary:T3`].sort(),
    );
    expect(seen.some((m) => m.value?.toString('latin1').includes(token))).toBe(false);

    // A day later the sweep runs again: nothing more is due, no second email, none to the volunteer (T+6 is not due).
    setToday(addDays(t3Day, 2));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(smtp.to(BENEFICIARY_EMAIL)).toHaveLength(1);
    expect(smtp.to(VOLUNTEER_EMAIL)).toHaveLength(0);
    // The other pairs' beneficiaries never subscribed: their reminders are cancelled, not sent.
    expect(smtp.messages).toHaveLength(1);
  });

  it('When a T+6 wave is still unanswered a week before it closes, then one last reminder is published and emailed, once; the wave answered meanwhile gets none', async () => {
    const t6Day = addMonths(startDay, 6);
    const dueOf = async () => {
      // Every message of impact's topic (the test's own), read to its end: an exact count.
      const admin = testKafka().admin();
      await admin.connect();
      const total = (await admin.fetchTopicOffsets(topics.impact)).reduce((n, p) => n + Number(p.high), 0);
      await admin.disconnect();
      const all = await readTopic(topics.impact, (seen) => seen.length >= total);
      return all
        .map((m) => decodeEnvelope(m.value))
        .filter((e) => e.type === EVENTS.SurveyDue.name)
        .map((e) => decodePayload(EVENTS.SurveyDue, e));
    };
    // The wave opens: the first reminders (the beneficiary's second email, the volunteer's first).
    setToday(addDays(t6Day, 1));
    await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL), 30_000);
    await eventually(async () => (smtp.to(BENEFICIARY_EMAIL).length === 2 ? true : undefined), 30_000, 'the T+6 reminder');
    // The Konnecteur enters the beneficiary's T+6; the volunteer and the other pairs do not answer.
    await answer(t.konnecteur, `${pairA}:beneficiary:T6`, CORE).expect(200);

    // Not yet: 22 days after the due day, the wave closes in more than a week.
    setToday(addDays(t6Day, 22));
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await dueOf()).filter((e) => e.reminder === 2)).toEqual([]);

    // 24 days after: the wave closes within the week (30 days), its first reminder is 23 days old.
    setToday(addDays(t6Day, 24));
    const last = await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL) && smtp.to(VOLUNTEER_EMAIL).indexOf(m) === 1, 30_000);
    expect(last.parsed.subject).toBe('Votre questionnaire Binôme des 6 mois vous attend');
    // A day later the sweep runs again: still one last reminder per unanswered T+6, none for the answered one.
    setToday(addDays(t6Day, 25));
    await new Promise((r) => setTimeout(r, 3_000));
    const due = await dueOf();
    const lastOnes = due.filter((e) => e.reminder === 2).map((e) => e.surveyId);
    expect(lastOnes.sort()).toEqual(
      [
        `${pairA}:volunteer:T6`,
        `${pairB}:beneficiary:T6`,
        `${pairB}:volunteer:T6`,
        `${pairP}:beneficiary:T6`,
        `${pairP}:volunteer:T6`,
      ].sort(),
    );
    // Each wave's first reminder was published once too (reminder 1; the T+3 ones above).
    expect(due.filter((e) => e.reminder !== 2 && e.wave === 'T6')).toHaveLength(6);
    expect(smtp.to(VOLUNTEER_EMAIL)).toHaveLength(2);
    expect(smtp.to(BENEFICIARY_EMAIL)).toHaveLength(2);
    expect(smtp.messages).toHaveLength(4);
  });
});
