import request from 'supertest';
import * as ical from 'node-ical';
import pino from 'pino';
import { events, matchingEvents, schedulingEvents } from '@binome/contracts';
import {
  createEnvelope,
  decodeEnvelope,
  decodePayload,
  deadLetterTopic,
  EVENTS,
  EventPublisher,
  TOPICS,
  type EventEnvelope,
  type EventType,
} from '@binome/events';
import {
  bearer,
  eventually,
  readTopic,
  startInProcess,
  stopInProcess,
  testKafka,
  testServiceConfig,
  tokensOf,
  uniqueId,
} from '@binome/testing';
import { createSchedulingService } from './scheduling.service';
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';

const { PairConfirmed, PairActivated, PairDissolved, AlertRaised, AlertCleared, MeetingCancelled, MeetingHeld, PromotionPlanned } = EVENTS;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Scheduling against the real Kafka, database and Keycloak: pairs arrive as matching's events (on
 * this spec's own topic), meetings are planned and confirmed with real tokens; recruitment's
 * gRPC is a contract-level double that answers a participant's token with their own ids.
 */
describe('scheduling: meetings both sides confirm, cadence alerts, the time ledger, the cascade from matching', () => {
  const topic = `binome.matching.v1.test-${uniqueId()}`;
  const recruitmentTopic = `binome.recruitment.v1.test-${uniqueId()}`;
  const group = `scheduling-pairs-test-${uniqueId()}`;
  const logger = pino({ level: 'silent' });
  const realNow = Date.now();
  let clock = new Date(realNow);
  let fake: FakeRecruitment;
  let service: ReturnType<typeof createSchedulingService>;
  let api: string;
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  const t = {} as Record<'manager' | 'tours' | 'hq' | 'volunteer' | 'beneficiary', string>;

  // The Rennes volunteer and beneficiary accounts hold these person ids (recruitment's answer to their tokens).
  const B = uniqueId('b-');
  const V = uniqueId('v-');
  const promotion = uniqueId('promo-');
  const pairs = {
    main: uniqueId('pair-'),
    other: uniqueId('pair-'),
    capped: uniqueId('pair-'),
    late: uniqueId('pair-'),
    ending: uniqueId('pair-'),
  };

  const envelope = <T>(type: EventType<T>, pairId: string, payload: T, occurredAt?: Date): EventEnvelope =>
    createEnvelope({
      type,
      payload,
      territoryId: 'rennes',
      aggregateType: 'pair',
      aggregateId: pairId,
      source: 'matching',
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
  const post = (path: string, body: object, token: string) => request(api).post(path).set(bearer(token)).send(body);
  const inDays = (n: number, hour = 10) => new Date(Math.floor(realNow / DAY) * DAY + n * DAY + hour * HOUR).toISOString();
  const known = (pairId: string) =>
    eventually(
      async () => ((await get(`/v1/pairs/${pairId}/health`, t.manager)).status === 200 ? true : undefined),
      30_000,
      `pair ${pairId} projected`,
    );

  beforeAll(async () => {
    const base = testServiceConfig('scheduling');
    fake = await startFakeRecruitment(base, logger);
    fake.people.set('beneficiary@rennes.binome.test', { kind: 'beneficiary', id: B });
    fake.people.set('volunteer@rennes.binome.test', { kind: 'volunteer', id: V });
    service = createSchedulingService(testServiceConfig('scheduling', { PEERS: `recruitment=${fake.address}` }), logger, {
      pairsGroup: group,
      matchingTopic: topic,
      recruitmentGroup: `scheduling-recruitment-test-${uniqueId()}`,
      recruitmentTopic,
      surveysGroup: `scheduling-surveys-test-${uniqueId()}`,
      impactTopic: `binome.impact.v1.test-${uniqueId()}`,
      now: () => clock,
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
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await fake.stop();
  });

  it('When matching confirms a pair, then it gets a schedule: Rennes staff and HQ see it, a Tours manager gets 404, as for an unknown pair', async () => {
    expect((await get(`/v1/pairs/${pairs.main}/health`, t.manager)).status).toBe(404);
    await publisher.publish(topic, [
      envelope(PairConfirmed, pairs.main, people(pairs.main, B, V)),
      envelope(PairActivated, pairs.main, people(pairs.main, B, V)),
    ]);
    await known(pairs.main);
    expect((await get(`/v1/pairs/${pairs.main}/health`, t.manager)).body).toMatchObject({
      pairId: pairs.main,
      territoryId: 'rennes',
      status: 'on-track',
      reasons: [],
    });
    expect((await get(`/v1/pairs/${pairs.main}/health`, t.hq)).status).toBe(200);
    const tours = await get(`/v1/pairs/${pairs.main}/health`, t.tours);
    expect({ status: tours.status, type: tours.headers['content-type'] }).toEqual({
      status: 404,
      type: expect.stringMatching(/problem\+json/),
    });
    expect((await post(`/v1/pairs/${pairs.main}/meetings`, { startsAt: inDays(2) }, t.tours)).status).toBe(404);
    // The participants reach their own pair (recruitment resolved their ids from their tokens).
    expect((await get(`/v1/pairs/${pairs.main}/meetings`, t.volunteer)).status).toBe(200);
    expect((await get(`/v1/pairs/${pairs.main}/meetings`, t.beneficiary)).status).toBe(200);
  });

  it('When a meeting is planned with a bad body, then 400 names the field; in the past, 400 names startsAt', async () => {
    const bad = async (body: object) => {
      const res = await post(`/v1/pairs/${pairs.main}/meetings`, body, t.volunteer);
      return { status: res.status, fields: (res.body.errors ?? []).map((e: { field: string }) => e.field) };
    };
    expect(await bad({ startsAt: inDays(2, 12), endsAt: inDays(2, 11) })).toEqual({ status: 400, fields: ['body.endsAt'] });
    expect(await bad({ startsAt: inDays(2), topics: ['cooking'] })).toEqual({ status: 400, fields: ['body.topics.0'] });
    expect(await bad({ startsAt: 'tomorrow' })).toEqual({ status: 400, fields: ['body.startsAt'] });
    expect(await bad({ startsAt: inDays(2), place: 'pub' })).toEqual({ status: 400, fields: ['body.place'] });
    expect(await bad({ startsAt: inDays(-1) })).toEqual({ status: 400, fields: ['body.startsAt'] });
  });

  it('When the volunteer plans a meeting, then it has the defaults (2 h, workplace); double booking either participant is refused', async () => {
    const res = await post(
      `/v1/pairs/${pairs.main}/meetings`,
      { startsAt: inDays(2), topics: ['cv', 'network'], note: 'Bring the CV draft' },
      t.volunteer,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      pairId: pairs.main,
      status: 'planned',
      durationMinutes: 120,
      place: 'workplace',
      topics: ['cv', 'network'],
      agreement: 'pending',
      sequence: 0,
      endsAt: inDays(2, 12),
    });

    // Another pair of the same volunteer, overlapping by one hour.
    const W = uniqueId('b-');
    await publisher.publish(topic, [envelope(PairConfirmed, pairs.other, people(pairs.other, W, V))]);
    await known(pairs.other);
    const clash = await post(`/v1/pairs/${pairs.other}/meetings`, { startsAt: inDays(2, 11) }, t.manager);
    expect({ status: clash.status, detail: clash.body.detail }).toEqual({
      status: 409,
      detail: 'Double booking: the volunteer already has a meeting at that time (field: startsAt)',
    });
    // Right after it: free.
    expect(
      (await post(`/v1/pairs/${pairs.other}/meetings`, { startsAt: inDays(2, 12), durationMinutes: 60, place: 'video' }, t.manager)).status,
    ).toBe(201);
  });

  it('When both participants answer, then a disagreement is shown, not guessed, and the Konnecteur side settles it; agreement makes it held', async () => {
    const [first] = (await get(`/v1/pairs/${pairs.main}/meetings`, t.beneficiary)).body as { id: string }[];
    expect((await post(`/v1/meetings/${first.id}/attendance`, { tookPlace: true }, t.beneficiary)).status).toBe(409); // not started yet
    clock = new Date(new Date(inDays(3)).getTime());
    const b = await post(`/v1/meetings/${first.id}/attendance`, { tookPlace: true }, t.beneficiary);
    expect(b.body).toMatchObject({ status: 'planned', agreement: 'pending', attendance: { beneficiary: { tookPlace: true } } });
    const v = await post(`/v1/meetings/${first.id}/attendance`, { tookPlace: false }, t.volunteer);
    expect(v.body).toMatchObject({
      status: 'planned',
      agreement: 'disputed',
      attendance: { beneficiary: { tookPlace: true }, volunteer: { tookPlace: false } },
    });
    const k = await post(`/v1/meetings/${first.id}/attendance`, { tookPlace: true }, t.manager);
    expect(k.body).toMatchObject({ status: 'held', agreement: 'agreed' });
    expect((await post(`/v1/meetings/${first.id}/attendance`, { tookPlace: false }, t.volunteer)).status).toBe(409); // held is final

    // Both sides agree on their own: held, without the Konnecteur.
    const logged = await post(
      `/v1/pairs/${pairs.main}/logged-meetings`,
      { startsAt: inDays(2, 16), durationMinutes: 90, place: 'phone' },
      t.volunteer,
    );
    expect(logged.body).toMatchObject({ status: 'planned', agreement: 'pending', attendance: { volunteer: { tookPlace: true } } });
    expect((await post(`/v1/meetings/${logged.body.id}/attendance`, { tookPlace: true }, t.beneficiary)).body).toMatchObject({
      status: 'held',
      agreement: 'agreed',
    });
    // MeetingHeld carries the topic codes the pair worked on (for workshops' recommendations), never the note.
    const heldIds = [first.id, logged.body.id];
    const seen = await readTopic(
      TOPICS.scheduling,
      (all) =>
        all.filter((m) => m.key?.toString() === pairs.main && decodeEnvelope(m.value).type === MeetingHeld.name).length >= heldIds.length,
      30_000,
    );
    const held = seen
      .filter((m) => m.key?.toString() === pairs.main)
      .map((m) => decodeEnvelope(m.value))
      .filter((e) => e.type === MeetingHeld.name)
      .map((e) => decodePayload(MeetingHeld, e));
    expect(held.filter((h) => heldIds.includes(h.meetingId)).map((h) => [h.meetingId, h.topics])).toEqual(
      expect.arrayContaining([
        [first.id, ['cv', 'network']],
        [logged.body.id, []],
      ]),
    );
    expect(JSON.stringify(held)).not.toMatch(/CV draft|workplace/);
    clock = new Date(realNow);
  });

  it("When a meeting would exceed the volunteer's 3.5 days at 7 h, then it is refused with the hours left; the forecast says the default plan does not fit", async () => {
    const U = uniqueId('v-');
    await publisher.publish(topic, [envelope(PairConfirmed, pairs.capped, people(pairs.capped, uniqueId('b-'), U))]);
    await known(pairs.capped);
    for (const d of [5, 6, 7])
      expect((await post(`/v1/pairs/${pairs.capped}/meetings`, { startsAt: inDays(d, 9), durationMinutes: 480 }, t.manager)).status).toBe(
        201,
      );
    const ledger = await get(`/v1/pairs/${pairs.capped}/ledger`, t.manager);
    expect(ledger.body).toMatchObject({
      volunteerId: U,
      capHours: 24.5,
      plannedHours: 24,
      heldHours: 0,
      hoursLeft: 0.5,
      forecast: { plannedHours: 30, fits: false, overByHours: 5.5 },
    });
    const refused = await post(`/v1/pairs/${pairs.capped}/meetings`, { startsAt: inDays(8) }, t.manager);
    expect({ status: refused.status, detail: refused.body.detail }).toEqual({
      status: 409,
      detail: "The volunteer's time cap would be exceeded: 0.5 h left of 24.5 h, the meeting takes 2 h (field: durationMinutes)",
    });
    expect((await post(`/v1/pairs/${pairs.capped}/meetings`, { startsAt: inDays(8), durationMinutes: 30 }, t.manager)).status).toBe(201);
    // Someone else's pair: 404 to the participants of another pair and to another territory, in reads and writes.
    expect((await get(`/v1/pairs/${pairs.capped}/ledger`, t.volunteer)).status).toBe(404);
    expect((await post(`/v1/pairs/${pairs.capped}/meetings`, { startsAt: inDays(12) }, t.beneficiary)).status).toBe(404);
    const [one] = (await get(`/v1/pairs/${pairs.capped}/meetings`, t.manager)).body as { id: string }[];
    expect((await post(`/v1/meetings/${one.id}/cancellation`, {}, t.tours)).status).toBe(404);
    expect((await post(`/v1/meetings/${one.id}/cancellation`, {}, t.volunteer)).status).toBe(404);
    expect((await get(`/v1/pairs/${pairs.capped}/meetings`, t.hq)).body).toHaveLength(4);
  });

  it('When a pair falls behind its cadence, then AlertRaised goes out on a meeting change; a held meeting clears it', async () => {
    const U = uniqueId('v-');
    await publisher.publish(topic, [
      envelope(PairConfirmed, pairs.late, people(pairs.late, uniqueId('b-'), U), new Date(realNow - 40 * DAY)),
    ]);
    await known(pairs.late);
    expect((await get(`/v1/pairs/${pairs.late}/health`, t.manager)).body).toMatchObject({
      status: 'at-risk',
      reasons: [
        { code: 'no-meeting-yet', value: 40 },
        { code: 'behind-plan', value: 2 },
      ],
    });
    expect((await post(`/v1/pairs/${pairs.late}/meetings`, { startsAt: inDays(3) }, t.manager)).status).toBe(201);
    const triage = await get('/v1/triage', t.manager);
    expect(triage.body[0]).toMatchObject({ pairId: pairs.late, status: 'at-risk' });
    expect((await get('/v1/triage', t.tours)).body.map((p: { pairId: string }) => p.pairId)).not.toContain(pairs.late);
    expect((await get('/v1/triage', t.volunteer)).status).toBe(403);

    expect((await post(`/v1/pairs/${pairs.late}/logged-meetings`, { startsAt: inDays(-2) }, t.manager)).body).toMatchObject({
      status: 'held',
    });
    expect((await get(`/v1/pairs/${pairs.late}/health`, t.manager)).body).toMatchObject({ status: 'on-track', reasons: [] });

    const seen = await readTopic(
      TOPICS.scheduling,
      (all) =>
        all
          .filter((m) => m.key?.toString() === pairs.late)
          .map((m) => decodeEnvelope(m.value).type)
          .includes(AlertCleared.name),
      30_000,
    );
    const mine = seen.filter((m) => m.key?.toString() === pairs.late).map((m) => decodeEnvelope(m.value));
    const raised = mine.find((e) => e.type === AlertRaised.name);
    expect(raised && decodePayload(AlertRaised, raised)).toMatchObject({
      pairId: pairs.late,
      status: schedulingEvents.PairHealthStatus.PAIR_HEALTH_STATUS_AT_RISK,
      reasonCodes: ['no-meeting-yet', 'behind-plan'],
    });
    expect(mine.map((e) => e.type).filter((ty) => ty.startsWith('binome.events.v1.Alert'))).toEqual([AlertRaised.name, AlertCleared.name]);
  });

  it('When matching dissolves a pair, then its future meetings are cancelled with their events and it takes no new one; a redelivery changes nothing', async () => {
    const U = uniqueId('v-');
    const ids = people(pairs.ending, uniqueId('b-'), U);
    await publisher.publish(topic, [envelope(PairConfirmed, pairs.ending, ids), envelope(PairActivated, pairs.ending, ids)]);
    await known(pairs.ending);
    const planned = [];
    for (const d of [4, 11])
      planned.push((await post(`/v1/pairs/${pairs.ending}/meetings`, { startsAt: inDays(d) }, t.manager)).body.id as string);
    const dissolved = envelope(PairDissolved, pairs.ending, {
      ...ids,
      reason: matchingEvents.PairDissolutionReason.PAIR_DISSOLUTION_REASON_INCOMPATIBILITY,
      previousStatus: 'active',
    });
    await publisher.publish(topic, [dissolved, { ...dissolved }]);
    await eventually(
      async () => {
        const list = (await get(`/v1/pairs/${pairs.ending}/meetings`, t.manager)).body as { status: string }[];
        return list.every((m) => m.status === 'cancelled') ? true : undefined;
      },
      30_000,
      'the cascade',
    );
    const list = (await get(`/v1/pairs/${pairs.ending}/meetings`, t.manager)).body as { id: string; status: string; sequence: number }[];
    expect(list.map((m) => ({ status: m.status, sequence: m.sequence }))).toEqual([
      { status: 'cancelled', sequence: 1 },
      { status: 'cancelled', sequence: 1 },
    ]);
    const refused = await post(`/v1/pairs/${pairs.ending}/meetings`, { startsAt: inDays(20) }, t.manager);
    expect({ status: refused.status, detail: refused.body.detail }).toEqual({
      status: 409,
      detail: 'The pair is dissolved: only a confirmed or active pair has meetings (field: pairId)',
    });
    const seen = await readTopic(
      TOPICS.scheduling,
      (all) => all.filter((m) => m.key?.toString() === pairs.ending && decodeEnvelope(m.value).type === MeetingCancelled.name).length >= 2,
      30_000,
    );
    const cancelled = seen
      .filter((m) => m.key?.toString() === pairs.ending)
      .map((m) => decodeEnvelope(m.value))
      .filter((e) => e.type === MeetingCancelled.name)
      .map((e) => decodePayload(MeetingCancelled, e));
    expect(cancelled.map((c) => ({ id: c.meetingId, cause: c.cause })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      planned.sort().map((id) => ({ id, cause: 'pair-ended' })),
    );
    // Ids only in the events: no note, place or name.
    expect(JSON.stringify(cancelled)).not.toMatch(/workplace|note/);
  });

  it('When a participant renews their iCalendar feed, then the public link serves their meetings; a cancellation keeps the UID with a higher SEQUENCE; revoking or renewing ends the old link', async () => {
    const feedOf = async (path: string) => {
      const res = await request(api).get(path);
      return {
        status: res.status,
        type: res.headers['content-type'],
        text: res.text,
        events:
          res.status === 200 ? (Object.values(ical.sync.parseICS(res.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]) : [],
      };
    };
    const created = await post(`/v1/pairs/${pairs.main}/calendar-feed`, {}, t.volunteer);
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await post(`/v1/pairs/${pairs.main}/calendar-feed`, {}, t.manager)).status).toBe(403); // staff have no feed of their own here

    const planned = (
      await post(`/v1/pairs/${pairs.main}/meetings`, { startsAt: inDays(9), place: 'video', note: 'SECRET NOTE' }, t.beneficiary)
    ).body as { id: string };
    const before = await feedOf(created.body.path);
    expect({ status: before.status, type: before.type }).toEqual({ status: 200, type: expect.stringMatching(/^text\/calendar/) });
    expect(before.text).toMatch(/^METHOD:PUBLISH$/m);
    // Every meeting of the volunteer, in both of their pairs; nothing personal.
    expect(before.events.length).toBe(4);
    expect(before.text).not.toMatch(new RegExp(`SECRET NOTE|Bring the CV|${B}|${V}|${pairs.main}`));
    const mine = before.events.find((e) => new Date(e.start).toISOString() === inDays(9));
    expect(mine && { sequence: Number(mine.sequence), status: mine.status }).toEqual({ sequence: 0, status: 'CONFIRMED' });

    expect((await post(`/v1/meetings/${planned.id}/cancellation`, {}, t.volunteer)).body).toMatchObject({
      status: 'cancelled',
      sequence: 1,
    });
    const after = await feedOf(created.body.path);
    const same = after.events.find((e) => e.uid === mine?.uid);
    expect(same && { sequence: Number(same.sequence), status: same.status }).toEqual({ sequence: 1, status: 'CANCELLED' });

    const renewed = await post(`/v1/pairs/${pairs.main}/calendar-feed`, {}, t.volunteer);
    expect((await feedOf(created.body.path)).status).toBe(404);
    expect((await feedOf(renewed.body.path)).status).toBe(200);
    expect((await request(api).delete(`/v1/pairs/${pairs.main}/calendar-feed`).set(bearer(t.volunteer))).status).toBe(204);
    expect((await feedOf(renewed.body.path)).status).toBe(404);
    expect((await feedOf('/v1/calendar-feeds/not-a-token')).status).toBe(400);
  });

  it('When recruitment plans a promotion, then no meeting of its pairs may end after its last day, whichever event comes first', async () => {
    const planned = (promotionId: string, endsOn: string) =>
      createEnvelope({
        type: PromotionPlanned,
        payload: { promotionId, territoryId: 'rennes', name: 'Rennes test', startsOn: inDays(-10).slice(0, 10), endsOn, capacity: 30 },
        territoryId: 'rennes',
        aggregateType: 'promotion',
        aggregateId: promotionId,
        source: 'recruitment',
      });
    const bounded = (promotionId: string) => ({ ...people(uniqueId('pair-'), uniqueId('b-'), uniqueId('v-')), promotionId });
    const plan = async (pairId: string, startsAt: string) => {
      const res = await post(`/v1/pairs/${pairId}/meetings`, { startsAt }, t.manager);
      return { status: res.status, errors: res.body.errors };
    };
    const lastDay = inDays(20).slice(0, 10);
    const refused = {
      status: 400,
      errors: [{ field: 'body.startsAt', message: `the meeting ends after the promotion's end (${lastDay})` }],
    };

    // A pair, then its promotion: the promotion's event sets the end on the pairs it has.
    const promotionId = uniqueId('promo-');
    const first = bounded(promotionId);
    await publisher.publish(topic, [envelope(PairConfirmed, first.pairId, first)]);
    await known(first.pairId);
    expect((await plan(first.pairId, inDays(25))).status).toBe(201);
    await publisher.publish(recruitmentTopic, [planned(promotionId, lastDay)]);
    await eventually(
      async () => ((await plan(first.pairId, inDays(22))).status === 400 ? true : undefined),
      30_000,
      'the first pair bounded by its promotion',
    );
    expect(await plan(first.pairId, inDays(22))).toEqual(refused);
    // The last day itself is still within the promotion.
    expect((await plan(first.pairId, inDays(20, 9))).status).toBe(201);

    // The promotion's end is now known (above): a pair confirmed later takes it from the term.
    const second = bounded(promotionId);
    await publisher.publish(topic, [envelope(PairConfirmed, second.pairId, second)]);
    await known(second.pairId);
    await eventually(
      async () => ((await plan(second.pairId, inDays(23))).status === 400 ? true : undefined),
      30_000,
      'the second pair bounded by its promotion',
    );
    expect(await plan(second.pairId, inDays(23))).toEqual(refused);
  });

  it('When a poison message arrives on matching’s topic, then it goes to the dead-letter topic and the consumer goes on', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'poison', value: Buffer.from([0xff, 0xfe, 0x00, 0x01]) }] });
    await producer.disconnect();
    const after = uniqueId('pair-');
    await publisher.publish(topic, [envelope(PairConfirmed, after, people(after, uniqueId('b-'), uniqueId('v-')))]);
    await known(after);
    const dlt = await readTopic(deadLetterTopic(group), (seen) => seen.some((m) => m.key?.toString() === 'poison'));
    const poison = dlt.find((m) => m.key?.toString() === 'poison');
    expect(events.DeadLetter.decode(poison?.value ?? Buffer.alloc(0))).toMatchObject({
      originalTopic: topic,
      consumerGroup: group,
      reason: 'decode_failed',
    });
  });
});
