import request from 'supertest';
import * as ical from 'node-ical';
import pino from 'pino';
import { events } from '@binome/contracts';
import {
  createEnvelope,
  deadLetterTopic,
  decodeEnvelope,
  decodePayload,
  EVENTS,
  EventPublisher,
  TOPICS,
  type EventEnvelope,
  type EventType,
} from '@binome/events';
import {
  bearer,
  eventually,
  pdfText,
  readTopic,
  startInProcess,
  startSmtpCatcher,
  stopInProcess,
  testKafka,
  testServiceEnv,
  tokensOf,
  uniqueId,
  type CaughtMail,
  type SmtpCatcher,
} from '@binome/testing';
import { loadSchedulingConfig } from './scheduling.config';
import { createSchedulingService } from './scheduling.service';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';

const {
  PairConfirmed,
  PairActivated,
  KonnecteurAssigned,
  VolunteerEnrolled,
  VolunteerTrained,
  CandidateErased,
  VolunteerErased,
  CalendarEventAttended,
} = EVENTS;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const VOLUNTEER_EMAIL = 'volunteer@rennes.binome.test';
const BENEFICIARY_EMAIL = 'beneficiary@rennes.binome.test';
const KONNECTEUR_EMAIL = 'konnecteur@rennes.binome.test';

/**
 * Scheduling's emails, promotion calendar, company HR hours, Konnecteur links and erasure against
 * the real Kafka, database, Keycloak and a real SMTP server (smtp-server, read with mailparser):
 * the dispatcher sends through nodemailer, the first attempt is refused so that it retries.
 * Rennes runs with its own figures (TERRITORY_POLICIES: 8 h a day). The service's clock runs
 * ahead of the wall clock by `ahead` (the test moves it to the day before, the day after).
 */
describe('scheduling: reminders by email, the promotion calendar, company HR, Konnecteurs, erasure', () => {
  const matchingTopic = `binome.matching.v1.test-${uniqueId()}`;
  const recruitmentGroup = `scheduling-recruitment-test-${uniqueId()}`;
  const recruitmentTopic = `binome.recruitment.v1.test-${uniqueId()}`;
  const logger = pino({ level: 'silent' });
  let ahead = 0;
  const now = () => new Date(Date.now() + ahead);
  let fake: FakeRecruitment;
  let smtp: SmtpCatcher;
  let service: ReturnType<typeof createSchedulingService>;
  let api: string;
  const publisher = new EventPublisher(testKafka());
  const t = {} as Record<'manager' | 'tours' | 'hq' | 'volunteer' | 'beneficiary' | 'konnecteur' | 'hr', string>;

  const B = uniqueId('b-');
  const V = uniqueId('v-');
  const K = uniqueId('k-');
  const promotion = uniqueId('promo-');
  const pair = uniqueId('pair-');

  const envelope = <T>(type: EventType<T>, aggregateId: string, payload: T, occurredAt?: Date): EventEnvelope =>
    createEnvelope({
      type,
      payload,
      territoryId: 'rennes',
      aggregateType: 'pair',
      aggregateId,
      source: 'test',
      ...(occurredAt ? { occurredAt } : {}),
    });
  const people = (pairId: string, beneficiaryId: string, volunteerId: string) => ({
    pairId,
    territoryId: 'rennes',
    promotionId: promotion,
    beneficiaryId,
    volunteerId,
  });
  const get = (path: string, token: string) => request(api).get(path).set(bearer(token));
  const send = (method: 'post' | 'put', path: string, body: object, token: string) =>
    request(api)[method](path).set(bearer(token)).send(body);
  const known = (pairId: string) =>
    eventually(
      async () => ((await get(`/v1/pairs/${pairId}/health`, t.manager)).status === 200 ? true : undefined),
      30_000,
      `pair ${pairId} projected`,
    );
  /** The one-tap link of an email, as the gateway's path (what the service serves under /v1). */
  const linksOf = (m: CaughtMail) =>
    [...(m.parsed.text ?? '').matchAll(/http:\/\/127\.0\.0\.1:8080\/api\/scheduling(\/v1\/answers\/[A-Za-z0-9_-]{43})/g)].map((x) => x[1]);
  const invitationOf = (m: CaughtMail) => {
    const part = m.raw.match(/Content-Type: text\/calendar; charset=utf-8; method=([A-Z]+)/i);
    const ics = m.parsed.attachments.find((a) => a.contentType === 'text/calendar')?.content.toString() ?? '';
    return {
      partMethod: part?.[1],
      ics,
      events: Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[],
    };
  };

  beforeAll(async () => {
    smtp = await startSmtpCatcher({ refuse: (n) => n === 1 });
    const env = testServiceEnv('scheduling', {
      HTTP_PORT: '0',
      GRPC_PORT: '0',
      SMTP_URL: smtp.url,
      NOTIFY_POLL_MS: '100',
      NOTIFY_MAX_POLL_MS: '300',
      NOTIFY_RETRY_BASE_MS: '200',
      NOTIFY_RETRY_MAX_MS: '1000',
      TERRITORY_POLICIES: JSON.stringify({ rennes: { hoursPerDay: 8 } }),
    });
    fake = await startFakeRecruitment(loadSchedulingConfig(env), logger);
    fake.people.set(BENEFICIARY_EMAIL, { kind: 'beneficiary', id: B });
    fake.people.set(VOLUNTEER_EMAIL, { kind: 'volunteer', id: V });
    service = createSchedulingService(loadSchedulingConfig({ ...env, PEERS: `recruitment=${fake.address}` }), logger, {
      pairsGroup: `scheduling-pairs-test-${uniqueId()}`,
      matchingTopic,
      recruitmentGroup,
      recruitmentTopic,
      surveysGroup: `scheduling-surveys-test-${uniqueId()}`,
      impactTopic: `binome.impact.v1.test-${uniqueId()}`,
      now,
    });
    ({ api } = await startInProcess(service));
    await publisher.connect();
    Object.assign(
      t,
      await tokensOf({
        manager: ['rennes', 'manager'],
        tours: ['tours', 'manager'],
        hq: ['national', 'hq'],
        volunteer: ['rennes', 'volunteer'],
        beneficiary: ['rennes', 'beneficiary'],
        konnecteur: ['rennes', 'konnecteur'],
        hr: ['partners', 'hr-sncf'],
      }),
    );
    await publisher.publish(matchingTopic, [
      envelope(PairConfirmed, pair, people(pair, B, V)),
      envelope(PairActivated, pair, people(pair, B, V)),
      envelope(KonnecteurAssigned, pair, {
        pairId: pair,
        territoryId: 'rennes',
        promotionId: promotion,
        konnecteurId: K,
        previousKonnecteurId: '',
      }),
    ]);
    await publisher.publish(recruitmentTopic, [
      envelope(VolunteerEnrolled, V, { volunteerId: V, territoryId: 'rennes', companyId: 'sncf', promotionId: promotion }),
      envelope(VolunteerTrained, V, { volunteerId: V, territoryId: 'rennes', promotionId: promotion, trainedOn: '2026-11-20' }),
    ]);
    await known(pair);
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await fake.stop();
    await smtp.stop();
  });

  it('When the participants subscribe, then only their own verified address is used; a bad body names the field; staff and another territory cannot subscribe', async () => {
    const v = await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'Claire', language: 'fr' }, t.volunteer);
    expect(v.body).toMatchObject({ personKind: 'volunteer', personId: V, email: VOLUNTEER_EMAIL, firstName: 'Claire', language: 'fr' });
    expect((await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'Amina', language: 'en' }, t.beneficiary)).status).toBe(200);
    const bad = await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'A\u202eB', email: 'x@evil.test' }, t.volunteer);
    expect({ status: bad.status, fields: bad.body.errors.map((e: { field: string }) => e.field).sort() }).toEqual({
      status: 400,
      fields: ['body', 'body.firstName'],
    });
    expect((await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'Staff' }, t.manager)).status).toBe(403);
    expect((await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'Tours' }, t.tours)).status).toBe(404);
  });

  let meetingId = '';
  let meetingUid = '';

  it('When a meeting is planned, then the day before each participant gets a reminder in their language, with a text/calendar; method=REQUEST invitation parsed by node-ical (same UID as the feed, VTIMEZONE, the partner’s first name); the refused first attempt is retried', async () => {
    const startsAt = new Date(Math.ceil((Date.now() + 2 * DAY) / HOUR) * HOUR);
    const planned = await send('post', `/v1/pairs/${pair}/meetings`, { startsAt, note: 'SECRET NOTE' }, t.volunteer);
    expect(planned.status).toBe(201);
    meetingId = planned.body.id;
    expect(smtp.messages).toHaveLength(0); // not yet: due the day before
    ahead = DAY + 2 * HOUR; // past the reminder's due time (the day before), before the meeting
    const toVolunteer = await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL) && /Rappel/.test(m.parsed.subject ?? ''));
    const toBeneficiary = await smtp.waitFor((m) => m.to.includes(BENEFICIARY_EMAIL) && /Reminder/.test(m.parsed.subject ?? ''));
    expect(smtp.refused).toBe(1);
    expect(toVolunteer.parsed.subject).toBe('Rappel : rencontre binôme demain avec Amina');
    expect(toVolunteer.parsed.text).toContain("L'équipe Binôme Rennes");
    expect(toBeneficiary.parsed.subject).toBe('Reminder: pair meeting tomorrow with Claire');

    const inv = invitationOf(toVolunteer);
    expect(inv.partMethod).toBe('REQUEST');
    expect(inv.ics).toMatch(/^METHOD:REQUEST$/m);
    expect(inv.ics).toMatch(/^BEGIN:VTIMEZONE$/m);
    expect(inv.ics).toMatch(/^TZID:Europe\/Paris$/m);
    const [event] = inv.events;
    meetingUid = event.uid;
    expect({ start: new Date(event.start).toISOString(), summary: String(event.summary), sequence: Number(event.sequence) }).toEqual({
      start: startsAt.toISOString(),
      summary: 'Rencontre binôme avec Amina / pair meeting with Amina',
      sequence: 0,
    });
    // The person's feed carries the same event: same UID, the partner's first name, in Paris time.
    const feed = await send('post', `/v1/pairs/${pair}/calendar-feed`, {}, t.volunteer);
    const ics = (await request(api).get(feed.body.path)).text;
    expect(ics).toMatch(/^BEGIN:VTIMEZONE$/m);
    const inFeed = (Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]).find(
      (e) => e.uid === meetingUid,
    );
    expect(inFeed && String(inFeed.summary)).toContain('Amina');
    // Nothing personal beyond first names: no ids, no note, no last name, no other address.
    for (const m of [toVolunteer, toBeneficiary]) expect(m.raw).not.toMatch(new RegExp(`SECRET NOTE|${B}|${V}|${pair}|${meetingId}`));
    expect(toVolunteer.to).toEqual([VOLUNTEER_EMAIL]);
  });

  it('When the meeting is over, then the day after each side is asked "did it take place?" with one-tap links; both taps make it held; a used or unknown link says so', async () => {
    ahead = 3 * DAY + 2 * HOUR; // the day after
    const qv = await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL) && /a-t-elle eu lieu/.test(m.parsed.subject ?? ''));
    const qb = await smtp.waitFor((m) => m.to.includes(BENEFICIARY_EMAIL) && /take place/.test(m.parsed.subject ?? ''));
    const [vYes] = linksOf(qv);
    const [bYes, bNo] = linksOf(qb);
    expect(bNo).toBeDefined();
    const tapped = await request(api).get(vYes);
    expect({ status: tapped.status, type: tapped.headers['content-type'] }).toEqual({
      status: 200,
      type: expect.stringMatching(/^text\/html/),
    });
    expect(tapped.text).toContain('la rencontre a eu lieu');
    expect((await get(`/v1/pairs/${pair}/meetings`, t.manager)).body[0]).toMatchObject({ status: 'planned', agreement: 'pending' });
    expect((await request(api).get(bYes)).status).toBe(200);
    expect((await get(`/v1/pairs/${pair}/meetings`, t.manager)).body[0]).toMatchObject({
      id: meetingId,
      status: 'held',
      agreement: 'agreed',
      attendance: { volunteer: { tookPlace: true }, beneficiary: { tookPlace: true } },
    });
    const late = await request(api).get(bNo);
    expect({ status: late.status, text: late.text }).toEqual({ status: 200, text: expect.stringContaining("n'a pas pu être enregistrée") });
    expect((await request(api).get(`/v1/answers/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await request(api).get('/v1/answers/short')).status).toBe(400);
  });

  it("When the programme side follows the pair's emails, then it sees each one's kind, status and attempts (the refused one retried), not its content; a participant sees their own subscription", async () => {
    const list = await get(`/v1/pairs/${pair}/notifications`, t.manager);
    expect(list.status).toBe(200);
    const rows = list.body as { kind: string; recipientKind: string; status: string; attempts: number }[];
    expect(
      rows
        .filter((r) => r.status === 'sent')
        .map((r) => `${r.kind}:${r.recipientKind}`)
        .sort(),
    ).toEqual([
      'attendance-question:beneficiary',
      'attendance-question:volunteer',
      'meeting-reminder:beneficiary',
      'meeting-reminder:volunteer',
    ]);
    expect(rows.map((r) => r.attempts).sort()).toEqual([1, 1, 1, 2]);
    expect(JSON.stringify(rows)).not.toMatch(/@|Claire|Amina/);
    expect((await get(`/v1/pairs/${pair}/notifications`, t.volunteer)).status).toBe(403);
    expect((await get(`/v1/pairs/${pair}/notifications`, t.tours)).status).toBe(404);
    expect((await get(`/v1/pairs/${pair}/reminders`, t.beneficiary)).body).toMatchObject({
      personKind: 'beneficiary',
      firstName: 'Amina',
      language: 'en',
    });
  });

  it('When staff link the Konnecteur’s account, then the Konnecteur reaches the pairs they follow (triage, confirmation for the programme side) and gets the alert by email; Tours staff cannot link', async () => {
    expect((await get(`/v1/pairs/${pair}/health`, t.konnecteur)).status).toBe(404); // not linked yet
    expect(
      (await send('put', `/v1/territories/rennes/konnecteurs/${K}/contact`, { email: KONNECTEUR_EMAIL, firstName: 'Karim' }, t.tours))
        .status,
    ).toBe(404);
    const bad = await send('put', `/v1/territories/rennes/konnecteurs/${K}/contact`, { email: 'nope', firstName: 'Karim' }, t.manager);
    expect({ status: bad.status, fields: bad.body.errors.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['body.email'],
    });
    expect(
      (await send('put', `/v1/territories/rennes/konnecteurs/${K}/contact`, { email: KONNECTEUR_EMAIL, firstName: 'Karim' }, t.manager))
        .status,
    ).toBe(200);
    expect((await get(`/v1/pairs/${pair}/health`, t.konnecteur)).status).toBe(200);
    expect((await get('/v1/triage', t.konnecteur)).body.map((p: { pairId: string }) => p.pairId)).toEqual([pair]);

    // A second pair the Konnecteur follows, confirmed 40 days ago and never met: at risk on its first change.
    const late = uniqueId('pair-');
    await publisher.publish(matchingTopic, [
      envelope(PairConfirmed, late, people(late, uniqueId('b-'), uniqueId('v-')), new Date(Date.now() - 40 * DAY)),
      envelope(KonnecteurAssigned, late, {
        pairId: late,
        territoryId: 'rennes',
        promotionId: promotion,
        konnecteurId: K,
        previousKonnecteurId: '',
      }),
    ]);
    await known(late);
    await eventually(
      async () => ((await get(`/v1/pairs/${late}/health`, t.konnecteur)).status === 200 ? true : undefined),
      30_000,
      'assigned',
    );
    const logged = await send('post', `/v1/pairs/${late}/meetings`, { startsAt: new Date(now().getTime() + 5 * DAY) }, t.konnecteur);
    expect(logged.status).toBe(201);
    const alert = await smtp.waitFor((m) => m.to.includes(KONNECTEUR_EMAIL) && m.parsed.subject === `Binôme à suivre : ${late}`);
    expect(alert.parsed.text).toMatch(/Bonjour Karim[\s\S]*no meeting 4\d days after the start/);
    // The Konnecteur answers for the programme side: a meeting they log is held at once.
    const held = await send('post', `/v1/pairs/${late}/logged-meetings`, { startsAt: new Date(now().getTime() - 2 * DAY) }, t.konnecteur);
    expect(held.body).toMatchObject({ status: 'held', attendance: { programme: { tookPlace: true } } });
    expect((await get('/v1/triage', t.volunteer)).status).toBe(403);
  });

  it('When staff plan the REX evening, then every participant is invited by email (METHOD:REQUEST), answers by one tap, attendance counts in the ledger (with the training day) and publishes CalendarEventAttended; a cancellation goes out as METHOD:CANCEL with a higher SEQUENCE', async () => {
    const startsAt = new Date(Math.ceil((now().getTime() + 10 * DAY) / HOUR) * HOUR);
    const bad = await send(
      'post',
      `/v1/promotions/${promotion}/calendar-events`,
      { territoryId: 'rennes', kind: 'party', startsAt, venue: 'x' },
      t.manager,
    );
    expect({ status: bad.status, fields: bad.body.errors.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['body.kind'],
    });
    const body = { territoryId: 'rennes', kind: 'rex-evening', startsAt, durationMinutes: 180, venue: 'Maison des associations, Rennes' };
    expect((await send('post', `/v1/promotions/${promotion}/calendar-events`, body, t.tours)).status).toBe(404);
    expect((await send('post', `/v1/promotions/${promotion}/calendar-events`, body, t.volunteer)).status).toBe(403);
    const rex = await send('post', `/v1/promotions/${promotion}/calendar-events`, body, t.manager);
    expect(rex.status).toBe(201);
    expect(rex.body.counts.invited).toBeGreaterThanOrEqual(3); // the two people of each pair and their Konnecteur
    const invitation = await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL) && m.parsed.subject?.startsWith('Invitation') === true);
    const inv = invitationOf(invitation);
    expect({ part: inv.partMethod, method: /^METHOD:REQUEST$/m.test(inv.ics), location: String(inv.events[0].location) }).toEqual({
      part: 'REQUEST',
      method: true,
      location: 'Maison des associations, Rennes',
    });
    const eventUid = inv.events[0].uid;

    const ledgerBefore = (await get(`/v1/pairs/${pair}/ledger`, t.manager)).body;
    expect(ledgerBefore).toMatchObject({ capHours: 28, bySource: { training: 8, meeting: 2, event: 3 } }); // 3.5 days at Rennes' 8 h
    const [no] = linksOf(invitation).slice(1);
    expect((await request(api).get(no)).text).toContain('vous ne venez pas');
    expect((await get(`/v1/pairs/${pair}/ledger`, t.manager)).body.bySource.event).toBe(0);
    expect((await send('post', `/v1/calendar-events/${rex.body.id}/rsvp`, { coming: true }, t.volunteer)).body).toMatchObject({
      invitees: [{ kind: 'volunteer', id: V, coming: true }],
    });
    // The participant sees their own answer only; staff see all.
    expect((await get(`/v1/promotions/${promotion}/calendar-events`, t.beneficiary)).body[0].invitees).toEqual([
      { kind: 'beneficiary', id: B },
    ]);
    expect((await get(`/v1/promotions/${promotion}/calendar-events`, t.tours)).body).toEqual([]);

    expect(
      (
        await send(
          'post',
          `/v1/calendar-events/${rex.body.id}/attendance`,
          { attendees: [{ kind: 'volunteer', id: V, attended: true }] },
          t.manager,
        )
      ).status,
    ).toBe(409); // not started
    ahead = startsAt.getTime() - Date.now() + HOUR;
    const recorded = await send(
      'post',
      `/v1/calendar-events/${rex.body.id}/attendance`,
      {
        attendees: [
          { kind: 'volunteer', id: V, attended: true },
          { kind: 'beneficiary', id: B, attended: true },
        ],
      },
      t.manager,
    );
    expect(recorded.body.counts).toMatchObject({ attended: 2 });
    expect((await get(`/v1/pairs/${pair}/ledger`, t.manager)).body).toMatchObject({
      heldHours: 13,
      bySource: { training: 8, meeting: 2, event: 3 },
    });
    const seen = await readTopic(
      TOPICS.scheduling,
      (all) =>
        all.filter((m) => m.key?.toString() === promotion && decodeEnvelope(m.value).type === CalendarEventAttended.name).length >= 2,
      30_000,
    );
    const attended = seen
      .filter((m) => m.key?.toString() === promotion)
      .map((m) => decodeEnvelope(m.value))
      .filter((e) => e.type === CalendarEventAttended.name)
      .map((e) => decodePayload(CalendarEventAttended, e));
    expect(attended.map((a) => `${a.personKind}:${a.personId}:${a.kind}:${a.durationMinutes}`).sort()).toEqual(
      [`beneficiary:${B}:rex-evening:180`, `volunteer:${V}:rex-evening:180`].sort(),
    );

    // The promotion's feed (staff hand it out), then a cancelled closing: same UID, higher SEQUENCE, METHOD:CANCEL by email.
    const closing = await send(
      'post',
      `/v1/promotions/${promotion}/calendar-events`,
      { ...body, kind: 'closing', startsAt: new Date(now().getTime() + 30 * DAY) },
      t.manager,
    );
    const feed = await send('post', `/v1/promotions/${promotion}/calendar-feed?territoryId=rennes`, {}, t.manager);
    expect(feed.status).toBe(201);
    expect((await send('post', `/v1/promotions/${promotion}/calendar-feed?territoryId=rennes`, {}, t.volunteer)).status).toBe(403);
    const firstInvite = await smtp.waitFor(
      (m) => m.to.includes(BENEFICIARY_EMAIL) && m.parsed.subject === 'Invitation: Closing of the promotion',
    );
    expect((await send('post', `/v1/calendar-events/${closing.body.id}/cancellation`, {}, t.manager)).body).toMatchObject({
      status: 'cancelled',
      sequence: 1,
    });
    const cancel = await smtp.waitFor(
      (m) => m.to.includes(BENEFICIARY_EMAIL) && m.parsed.subject === 'Cancelled: Closing of the promotion',
    );
    const c = invitationOf(cancel);
    expect({ part: c.partMethod, uid: c.events[0].uid, sequence: Number(c.events[0].sequence), status: c.events[0].status }).toEqual({
      part: 'CANCEL',
      uid: invitationOf(firstInvite).events[0].uid,
      sequence: 1,
      status: 'CANCELLED',
    });
    const promoFeed = Object.values(ical.sync.parseICS((await request(api).get(feed.body.path)).text)).filter(
      (x) => x?.type === 'VEVENT',
    ) as ical.VEvent[];
    expect(promoFeed.map((e) => ({ uid: e.uid, status: e.status })).sort((a, b) => a.uid.localeCompare(b.uid))).toEqual(
      [
        { uid: eventUid, status: 'CONFIRMED' },
        { uid: c.events[0].uid, status: 'CANCELLED' },
      ].sort((a, b) => a.uid.localeCompare(b.uid)),
    );
    expect((await request(api).delete(`/v1/promotions/${promotion}/calendar-feed?territoryId=rennes`).set(bearer(t.manager))).status).toBe(
      204,
    );
    expect((await request(api).get(feed.body.path)).status).toBe(404);
  });

  it('When company HR (SNCF, realm partners) reads hours, then they see their employees’ hours and the attestation PDF, never a refugee’s field; another company is 404 and meetings are 403', async () => {
    const hours = await get('/v1/companies/sncf/engagement-hours', t.hr);
    expect(hours.status).toBe(200);
    const mine = (hours.body as Record<string, unknown>[]).find((r) => r.volunteerId === V);
    expect(mine).toMatchObject({
      companyId: 'sncf',
      territoryId: 'rennes',
      promotionId: promotion,
      heldBySource: { training: 8, meeting: 2, event: 3 },
    });
    const text = JSON.stringify(hours.body);
    expect(text).not.toMatch(new RegExp(`beneficiar|${B}|${pair}|Amina|note|place|topic`, 'i'));
    expect((await get('/v1/companies/societe-generale/engagement-hours', t.hr)).status).toBe(404);
    expect((await get(`/v1/pairs/${pair}/meetings`, t.hr)).status).toBe(403);
    expect((await get(`/v1/pairs/${pair}/ledger`, t.hr)).status).toBe(403);
    expect((await get('/v1/companies/sncf/engagement-hours', t.tours)).body).toEqual([]);
    expect((await get('/v1/companies/sncf/engagement-hours', t.manager)).body.map((r: { volunteerId: string }) => r.volunteerId)).toContain(
      V,
    );

    const pdf = await request(api)
      .get(`/v1/companies/sncf/volunteers/${V}/attestation.pdf`)
      .set(bearer(t.hr))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect({ status: pdf.status, type: pdf.headers['content-type'] }).toEqual({ status: 200, type: 'application/pdf' });
    const pdfBody = await pdfText(pdf.body as Buffer);
    expect(pdfBody).toContain(`Claire — ${V}`);
    expect(pdfBody).toMatch(/training day : 8 h/);
    expect(pdfBody).toMatch(/total done : 13 h/);
    expect(pdfBody).not.toMatch(new RegExp(`Amina|${B}|${pair}`));
    expect((await get(`/v1/companies/sncf/volunteers/${uniqueId('v-')}/attestation.pdf`, t.hr)).status).toBe(404);
  });

  it('When two plans for the same volunteer race, then exactly one is booked (the person locks); the other is 409 double booking', async () => {
    const other = uniqueId('pair-');
    await publisher.publish(matchingTopic, [envelope(PairConfirmed, other, people(other, uniqueId('b-'), V))]);
    await known(other);
    const base = Math.ceil((now().getTime() + 20 * DAY) / HOUR) * HOUR;
    for (let round = 0; round < 5; round++) {
      const startsAt = new Date(base + round * 3 * HOUR);
      const answers = await Promise.all([
        send('post', `/v1/pairs/${pair}/meetings`, { startsAt, durationMinutes: 60 }, t.manager),
        send('post', `/v1/pairs/${other}/meetings`, { startsAt, durationMinutes: 60 }, t.manager),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    }
  });

  it('When recruitment erases the beneficiary, then their contact, pending emails, links and feed go and their meetings lose their notes; the counts stay', async () => {
    const before = (await get(`/v1/pairs/${pair}/meetings`, t.manager)).body as { id: string; note?: string; status: string }[];
    expect(before.find((m) => m.id === meetingId)?.note).toBe('SECRET NOTE');
    const feed = await send('post', `/v1/pairs/${pair}/calendar-feed`, {}, t.beneficiary);
    await publisher.publish(recruitmentTopic, [
      envelope(CandidateErased, B, { candidateId: B, territoryId: 'rennes', erasedAt: new Date() }),
    ]);
    await eventually(async () => ((await request(api).get(feed.body.path)).status === 404 ? true : undefined), 30_000, 'the erasure');
    const after = (await get(`/v1/pairs/${pair}/meetings`, t.manager)).body as { id: string; note?: string; status: string }[];
    expect(after.map((m) => m.status)).toEqual(before.map((m) => m.status));
    expect(after.find((m) => m.id === meetingId)?.note).toBeUndefined();
    // No more emails to them: the next reminder of a new meeting is not sent (no contact).
    const count = smtp.to(BENEFICIARY_EMAIL).length;
    const startsAt = new Date(Math.ceil((now().getTime() + 20 * HOUR) / HOUR) * HOUR); // less than a day ahead: reminded at once
    expect((await send('post', `/v1/pairs/${pair}/meetings`, { startsAt }, t.manager)).status).toBe(201);
    const last = await smtp.waitFor(
      (m) =>
        m.to.includes(VOLUNTEER_EMAIL) &&
        m.parsed.text?.includes(
          new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' }).format(startsAt),
        ) === true,
    );
    expect(smtp.to(BENEFICIARY_EMAIL)).toHaveLength(count);
    // The volunteer's reminder no longer names the erased partner.
    expect(last.parsed.subject).toBe('Rappel : rencontre binôme demain');
  });

  it('When recruitment erases the volunteer, then their contact, feed and meeting notes go too; no email reaches them; the meetings stay', async () => {
    const feed = await send('post', `/v1/pairs/${pair}/calendar-feed`, {}, t.volunteer);
    expect(feed.status).toBe(201);
    const noted = await send(
      'post',
      `/v1/pairs/${pair}/meetings`,
      { startsAt: new Date(now().getTime() + 5 * 24 * HOUR), note: 'VOLUNTEER NOTE' },
      t.manager,
    );
    expect({ status: noted.status, detail: noted.body.detail }).toEqual({ status: 201, detail: undefined });
    const before = (await get(`/v1/pairs/${pair}/meetings`, t.manager)).body as { id: string; status: string }[];
    await publisher.publish(recruitmentTopic, [
      envelope(VolunteerErased, V, { volunteerId: V, territoryId: 'rennes', erasedAt: new Date(), accountSubject: '' }),
    ]);
    await eventually(async () => ((await request(api).get(feed.body.path)).status === 404 ? true : undefined), 30_000, 'the erasure');
    const after = (await get(`/v1/pairs/${pair}/meetings`, t.manager)).body as { id: string; note?: string; status: string }[];
    expect(after.map((m) => m.status)).toEqual(before.map((m) => m.status));
    expect(after.find((m) => m.id === noted.body.id)?.note).toBeUndefined();
    const count = smtp.to(VOLUNTEER_EMAIL).length;
    const startsAt = new Date(Math.ceil((now().getTime() + 23 * HOUR) / HOUR) * HOUR); // after the one above, less than a day ahead: reminded at once
    const planned = await send('post', `/v1/pairs/${pair}/meetings`, { startsAt, durationMinutes: 30 }, t.manager);
    expect({ status: planned.status, detail: planned.body.detail }).toEqual({ status: 201, detail: undefined });
    // The volunteer's reminder of the new meeting is dropped for want of a contact, not sent.
    const dropped = await eventually(
      async () => {
        const all = (await get(`/v1/pairs/${pair}/notifications`, t.manager)).body as {
          meetingId?: string;
          recipientKind: string;
          kind: string;
          status: string;
          lastError?: string;
        }[];
        const reminder = all.find((n) => n.meetingId === planned.body.id && n.recipientKind === 'volunteer' && n.status !== 'pending');
        return reminder ? { status: reminder.status, lastError: reminder.lastError } : undefined;
      },
      30_000,
      "the volunteer's reminder settled",
    );
    expect(dropped).toEqual({ status: 'cancelled', lastError: expect.stringContaining('no contact') });
    expect(smtp.to(VOLUNTEER_EMAIL)).toHaveLength(count);
  });

  it('When a recruitment event comes without its ids, then it goes to the dead-letter topic after the retries and the consumer goes on', async () => {
    const poison = uniqueId('poison-');
    await publisher.publish(recruitmentTopic, [
      envelope(VolunteerEnrolled, poison, { volunteerId: '', territoryId: 'rennes', companyId: 'sncf', promotionId: promotion }),
    ]);
    const dlt = await readTopic(deadLetterTopic(recruitmentGroup), (seen) => seen.some((m) => m.key?.toString() === poison), 60_000);
    const dead = dlt.find((m) => m.key?.toString() === poison);
    expect(events.DeadLetter.decode(dead?.value ?? Buffer.alloc(0))).toMatchObject({
      originalTopic: recruitmentTopic,
      consumerGroup: recruitmentGroup,
    });
    const W = uniqueId('v-');
    await publisher.publish(recruitmentTopic, [
      envelope(VolunteerEnrolled, W, { volunteerId: W, territoryId: 'rennes', companyId: 'sncf', promotionId: promotion }),
    ]);
    await eventually(
      async () =>
        (await get('/v1/companies/sncf/engagement-hours', t.hr)).body.some((r: { volunteerId: string }) => r.volunteerId === W)
          ? true
          : undefined,
      30_000,
      'the next event applied',
    );
  });
});
