import request from 'supertest';
import pino from 'pino';
import { events } from '@binome/contracts';
import { createEnvelope, deadLetterTopic, EVENTS, EventPublisher, type EventEnvelope, type EventType } from '@binome/events';
import {
  bearer,
  eventually,
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
import { startFakeResources, type FakeResources } from './testing/fake-resources';

const { PairConfirmed, WorkshopRegistrationPromoted, WorkshopRegistrationCancelled } = EVENTS;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VOLUNTEER_EMAIL = 'volunteer@rennes.binome.test';
const BENEFICIARY_EMAIL = 'beneficiary@rennes.binome.test';

/**
 * Two emails scheduling sends for the other services, against the real Kafka, database, Keycloak
 * and a real SMTP server (smtp-server, read with mailparser): the seat a person took from a
 * workshop's waitlist (workshops' `WorkshopRegistrationPromoted`, on this spec's own topic), and the
 * meeting reminder carrying resources' meeting guide ("what to bring"), asked over gRPC of a
 * contract-level double with a real service token — and the reminder still going out when
 * resources is down.
 */
describe('scheduling: a workshop seat freed for a person is told by email; reminders carry the meeting guide', () => {
  const matchingTopic = `binome.matching.v1.test-${uniqueId()}`;
  const workshopsTopic = `binome.workshops.v1.test-${uniqueId()}`;
  const workshopsGroup = `scheduling-workshops-test-${uniqueId()}`;
  const logger = pino({ level: 'silent' });
  let fake: FakeRecruitment;
  let resources: FakeResources;
  let smtp: SmtpCatcher;
  let service: ReturnType<typeof createSchedulingService>;
  let api: string;
  const publisher = new EventPublisher(testKafka());
  const t = {} as Record<'volunteer' | 'beneficiary', string>;
  const B = uniqueId('b-');
  const V = uniqueId('v-');
  const promotion = uniqueId('promo-');
  const pair = uniqueId('pair-');
  const firstSessionStart = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);

  const envelope = <T>(type: EventType<T>, aggregateId: string, payload: T): EventEnvelope =>
    createEnvelope({ type, payload, territoryId: 'rennes', aggregateType: 'workshop-session', aggregateId, source: 'test' });
  const promoted = (registrationId: string, personId: string, seatPool: string, startsAt = firstSessionStart) =>
    envelope(WorkshopRegistrationPromoted, 'session-1', {
      registrationId,
      sessionId: 'session-1',
      workshopId: 'rennes-cv',
      territoryId: 'rennes',
      personId,
      seatPool,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      workshopTitle: 'CV avec CVdesignR',
    });
  const send = (method: 'post' | 'put', path: string, body: object, token: string) =>
    request(api)[method](path).set(bearer(token)).send(body);
  const textOf = (m: CaughtMail) => m.parsed.text ?? '';

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    const env = testServiceEnv('scheduling', {
      HTTP_PORT: '0',
      GRPC_PORT: '0',
      SMTP_URL: smtp.url,
      NOTIFY_POLL_MS: '100',
      NOTIFY_MAX_POLL_MS: '300',
      // An email seen before the write it is about is retried: soon, here.
      NOTIFY_RETRY_BASE_MS: '200',
      NOTIFY_RETRY_MAX_MS: '1000',
    });
    const base = loadSchedulingConfig(env);
    fake = await startFakeRecruitment(base, logger);
    fake.people.set(BENEFICIARY_EMAIL, { kind: 'beneficiary', id: B });
    fake.people.set(VOLUNTEER_EMAIL, { kind: 'volunteer', id: V });
    resources = await startFakeResources(base, logger, (req) =>
      req.needs.includes('cv')
        ? [
            {
              need: 'cv',
              volunteerText: 'Bring a printed CV template and go through it line by line',
              beneficiaryText: 'Bring your CV, even unfinished',
              resources: [{ resourceId: 'r-cv', title: 'The job-search guide' }],
            },
          ]
        : [{ need: 'any', volunteerText: 'Ask how the week went', beneficiaryText: 'Tell how your week went', resources: [] }],
    );
    service = createSchedulingService(
      loadSchedulingConfig({ ...env, PEERS: `recruitment=${fake.address},resources=${resources.address}` }),
      logger,
      {
        pairsGroup: `scheduling-pairs-test-${uniqueId()}`,
        matchingTopic,
        recruitmentGroup: `scheduling-recruitment-test-${uniqueId()}`,
        recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
        workshopsGroup,
        workshopsTopic,
      },
    );
    ({ api } = await startInProcess(service));
    await publisher.connect();
    Object.assign(t, await tokensOf({ volunteer: ['rennes', 'volunteer'], beneficiary: ['rennes', 'beneficiary'] }));
    await publisher.publish(matchingTopic, [
      createEnvelope({
        type: PairConfirmed,
        payload: { pairId: pair, territoryId: 'rennes', promotionId: promotion, beneficiaryId: B, volunteerId: V },
        territoryId: 'rennes',
        aggregateType: 'pair',
        aggregateId: pair,
        source: 'test',
      }),
    ]);
    await eventually(
      async () =>
        (await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'Amina', language: 'en' }, t.beneficiary)).status === 200
          ? true
          : undefined,
      30_000,
      'the pair projected',
    );
    expect((await send('put', `/v1/pairs/${pair}/reminders`, { firstName: 'Claire', language: 'fr' }, t.volunteer)).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await fake.stop();
    await resources.stop();
    await smtp.stop();
  });

  it('When workshops promotes a person from a waitlist, then they get an email in their own language saying what and when, with no ids or place; a seat cancelled before the email is not announced; a payload without ids goes to the dead-letter topic', async () => {
    const [rb, rv, gone] = [uniqueId('reg-'), uniqueId('reg-'), uniqueId('reg-')];
    await publisher.publish(workshopsTopic, [promoted(rb, B, 'beneficiaries'), promoted(rv, V, 'volunteers')]);
    const toBeneficiary = await smtp.waitFor((m) => m.to.includes(BENEFICIARY_EMAIL) && /seat freed/.test(m.parsed.subject ?? ''));
    expect(toBeneficiary.parsed.subject).toBe('A seat freed up: CV avec CVdesignR');
    expect(textOf(toBeneficiary)).toContain('Hello Amina');
    expect(textOf(toBeneficiary)).toMatch(/you are registered for the workshop CV avec CVdesignR, \w+day, \d+ \w+ \d{4} at \d{2}:\d{2}\./);
    const toVolunteer = await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL) && /place s'est libérée/.test(m.parsed.subject ?? ''));
    expect(textOf(toVolunteer)).toContain('Bonjour Claire');
    for (const m of [toBeneficiary, toVolunteer])
      for (const id of [B, V, rb, rv, 'session-1', 'rennes-cv']) expect(m.raw).not.toContain(id);

    // Given up afterwards: the projection records it.
    await publisher.publish(workshopsTopic, [
      envelope(WorkshopRegistrationCancelled, 'session-1', {
        registrationId: rb,
        sessionId: 'session-1',
        workshopId: 'rennes-cv',
        territoryId: 'rennes',
        personId: B,
        previousStatus: 'registered',
      }),
    ]);
    const seats = service.context().connection.collection('workshop_seats');
    await eventually(
      async () => ((await seats.findOne({ territoryId: 'rennes', _id: rb as never }))?.status === 'cancelled' ? true : undefined),
      30_000,
      'the cancellation projected',
    );
    // A seat already given up when its email is rendered (written here as the consumer records a
    // cancellation, so that the order is certain): the sender reads the seat as it is then.
    const later = new Date(firstSessionStart.getTime() + DAY);
    await seats.insertOne({
      _id: gone as never,
      territoryId: 'rennes',
      personKind: 'beneficiary',
      personId: B,
      sessionId: 'session-2',
      workshopTitle: 'Pitch',
      startsAt: later,
      endsAt: later,
      status: 'cancelled',
      createdAt: new Date(),
    });
    await publisher.publish(workshopsTopic, [promoted(gone, B, 'beneficiaries', later)]);
    const notifications = service.context().connection.collection('notifications');
    const dropped = await eventually(
      async () => {
        const n = await notifications.findOne({ territoryId: 'rennes', registrationId: gone });
        return n?.status === 'cancelled' ? n : undefined;
      },
      30_000,
      'the email of a cancelled seat dropped',
    );
    expect(dropped.lastError).toMatch(/cancelled/);
    expect(smtp.to(BENEFICIARY_EMAIL).filter((m) => /seat freed/.test(m.parsed.subject ?? ''))).toHaveLength(1);

    await publisher.publish(workshopsTopic, [{ ...promoted('', B, 'beneficiaries'), id: 'poison-promoted' } as EventEnvelope]);
    const dlt = await readTopic(deadLetterTopic(workshopsGroup), (seen) =>
      seen.some((m) => events.DeadLetter.decode(m.value ?? Buffer.alloc(0)).originalTopic === workshopsTopic),
    );
    expect(dlt.length).toBeGreaterThan(0);
  });

  it('When a reminder goes out, then it carries the meeting guide for the recipient’s side (asked of resources with a service token: stage, topic codes and the pair’s ids only); with resources down, the reminder still goes, without it', async () => {
    const startsAt = new Date(Math.ceil((Date.now() + 20 * HOUR) / HOUR) * HOUR);
    const planned = await send('post', `/v1/pairs/${pair}/meetings`, { startsAt, topics: ['cv'], note: 'SECRET NOTE' }, t.volunteer);
    expect(planned.status).toBe(201);
    const toBeneficiary = await smtp.waitFor((m) => m.to.includes(BENEFICIARY_EMAIL) && /Reminder/.test(m.parsed.subject ?? ''));
    expect(textOf(toBeneficiary)).toContain('For this meeting:\n- Bring your CV, even unfinished (The job-search guide)');
    expect(textOf(toBeneficiary)).not.toContain('printed CV template');
    const toVolunteer = await smtp.waitFor((m) => m.to.includes(VOLUNTEER_EMAIL) && /Rappel/.test(m.parsed.subject ?? ''));
    expect(textOf(toVolunteer)).toContain(
      'Pour cette rencontre :\n- Bring a printed CV template and go through it line by line (The job-search guide)',
    );
    for (const m of [toBeneficiary, toVolunteer]) {
      expect(m.raw).not.toContain('SECRET NOTE');
      for (const id of [B, V, pair]) expect(m.raw).not.toContain(id);
    }
    // What resources was asked: the territory, the stage, the topic codes and the pair's beneficiary
    // and promotion ids (resources looks their needs up itself), with a service account.
    const asked = resources.requests.map((r) => ({ ...r.request, service: r.principal.roles.includes('service') }));
    const ids = { beneficiaryId: B, promotionId: promotion };
    expect(asked).toContainEqual({ territoryId: 'rennes', week: 1, meetingsHeld: 0, needs: ['cv'], language: 'en', ...ids, service: true });
    expect(asked).toContainEqual({ territoryId: 'rennes', week: 1, meetingsHeld: 0, needs: ['cv'], language: 'fr', ...ids, service: true });

    await resources.stop();
    const next = await send('post', `/v1/pairs/${pair}/meetings`, { startsAt: new Date(startsAt.getTime() + 3 * HOUR) }, t.volunteer);
    expect(next.status).toBe(201);
    const without = await smtp.waitFor(
      (m) => m.to.includes(BENEFICIARY_EMAIL) && /Reminder/.test(m.parsed.subject ?? '') && m !== toBeneficiary,
      30_000,
    );
    expect(textOf(without)).toContain('A reminder: your pair meeting');
    expect(textOf(without)).not.toContain('For this meeting');
  });
});
