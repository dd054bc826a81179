// Impact's part of the demo: the promotions seeded today only start, so nothing would be due for
// months. A past Rennes promotion ("Rennes 2026 A", 25 pairs, started seven months ago, its six
// months done) is replayed as the events its services would have published, then its T0 and T+6
// surveys are answered and its outcomes recorded through impact's API, so that the indicators
// and the funder report have figures. Idempotent: fixed ids, surveys answered once (409 after),
// outcomes recorded only for pairs without one.
import { createHash } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { recruitmentEvents } from '@binome/contracts';
import { createEnvelope, EventPublisher, EVENTS, TOPICS, type EventEnvelope, type EventType } from '@binome/events';

const DAY = 86_400_000;
const PROMOTION = 'demo-rennes-2026-a';
const T = 'rennes';
const idOf = (kind: string, i: number) => {
  const h = createHash('sha256').update(`seed-impact:${kind}:${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

function ev<T>(type: EventType<T>, payload: T, aggregateType: string, aggregateId: string, source: string, at: Date): EventEnvelope {
  return createEnvelope({ type, payload, territoryId: T, aggregateType, aggregateId, source, occurredAt: at });
}

function history(start: Date) {
  const recruitment: EventEnvelope[] = [];
  const matching: EventEnvelope[] = [];
  const scheduling: EventEnvelope[] = [];
  for (let i = 0; i < 25; i++) {
    const c = idOf('candidate', i);
    const v = idOf('volunteer', i);
    const pairId = idOf('pair', i);
    const channel =
      i % 2
        ? recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_PARTNER_REFERRAL
        : recruitmentEvents.ApplicationChannel.APPLICATION_CHANNEL_WEBSITE;
    recruitment.push(
      ev(
        EVENTS.CandidateApplied,
        {
          candidateId: c,
          territoryId: T,
          channel,
          referringPartnerId: i % 2 ? 'cirefe' : '',
          appliedAt: new Date(start.getTime() - 40 * DAY),
          partnerSharingConsent: false,
        },
        'candidate',
        c,
        'recruitment',
        new Date(start.getTime() - 40 * DAY),
      ),
      ev(
        EVENTS.CandidateScreened,
        { candidateId: c, territoryId: T, passed: true },
        'candidate',
        c,
        'recruitment',
        new Date(start.getTime() - 35 * DAY),
      ),
      ev(
        EVENTS.CandidateInterviewed,
        { candidateId: c, territoryId: T, assessedFrenchLevel: 'B1', workshopNeeds: [] },
        'candidate',
        c,
        'recruitment',
        new Date(start.getTime() - 30 * DAY),
      ),
      ev(
        EVENTS.CandidateAdmitted,
        { candidateId: c, territoryId: T, promotionId: PROMOTION, eligibilityOverridden: false },
        'candidate',
        c,
        'recruitment',
        new Date(start.getTime() - 25 * DAY),
      ),
      ev(
        EVENTS.VolunteerEnrolled,
        {
          volunteerId: v,
          territoryId: T,
          companyId: ['sncf', 'societe-generale', 'manpower', 'vinci', 'broadpeak'][i % 5],
          promotionId: PROMOTION,
        },
        'volunteer',
        v,
        'recruitment',
        start,
      ),
    );
    const ids = { pairId, territoryId: T, promotionId: PROMOTION, beneficiaryId: c, volunteerId: v };
    const ended =
      i === 24
        ? { type: 'dissolved', at: new Date(start.getTime() + 70 * DAY) }
        : { type: 'completed', at: new Date(start.getTime() + 183 * DAY) };
    matching.push(
      ev(EVENTS.PairConfirmed, ids, 'pair', pairId, 'matching', start),
      ev(EVENTS.PairActivated, ids, 'pair', pairId, 'matching', new Date(start.getTime() + DAY)),
      ended.type === 'completed'
        ? ev(EVENTS.PairCompleted, ids, 'pair', pairId, 'matching', ended.at)
        : ev(EVENTS.PairDissolved, { ...ids, reason: 2, previousStatus: 'active' }, 'pair', pairId, 'matching', ended.at),
    );
    const held = i === 24 ? 3 : 6 + (i % 5);
    for (let k = 0; k < held; k++) {
      const meetingId = idOf(`meeting-${i}`, k);
      const startsAt = new Date(start.getTime() + (10 + 15 * k) * DAY);
      const m = {
        meetingId,
        pairId,
        territoryId: T,
        promotionId: PROMOTION,
        beneficiaryId: c,
        volunteerId: v,
        startsAt,
        durationMinutes: 120,
      };
      scheduling.push(
        ev(EVENTS.MeetingPlanned, m, 'pair', pairId, 'scheduling', startsAt),
        // What the pair worked on (codes only): workshops' recommendations read them.
        ev(
          EVENTS.MeetingHeld,
          { ...m, topics: k === 0 ? ['cv'] : ['network', 'interview-preparation'] },
          'pair',
          pairId,
          'scheduling',
          startsAt,
        ),
      );
    }
  }
  return { recruitment, matching, scheduling };
}

type Call = (method: string, path: string, body?: unknown, accept?: number[]) => Promise<{ status: number; body: unknown }>;

const OUTCOMES = [
  'permanent-contract',
  'fixed-term-6-months-or-more',
  'internship',
  'qualifying-training',
  'fixed-term-under-6-months',
  'pre-qualifying-training',
  'insertion-job',
  'none',
  'none',
  'volunteering',
];

/** Publishes the past promotion's events, then answers its surveys and records its outcomes through impact. */
export async function seedImpact(
  impactUrl: string,
  manager: string,
  brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(','),
): Promise<string> {
  const start = new Date(Math.floor((Date.now() - 213 * DAY) / DAY) * DAY);
  const publisher = new EventPublisher(new Kafka({ clientId: 'binome-seed', brokers, logLevel: logLevel.NOTHING }));
  await publisher.connect();
  const h = history(start);
  await publisher.publish(TOPICS.recruitment, h.recruitment);
  await publisher.publish(TOPICS.matching, h.matching);
  await publisher.publish(TOPICS.scheduling, h.scheduling);
  await publisher.disconnect();

  const call: Call = async (method, path, body, accept = [200, 201]) => {
    const res = await fetch(`${impactUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!accept.includes(res.status)) throw new Error(`impact ${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };
  // Impact schedules the surveys from matching's events: wait for them (bounded).
  const deadline = Date.now() + 60_000;
  let surveys: { id: string; pairId: string; respondent: string; wave: string; status: string }[] = [];
  for (;;) {
    surveys = [];
    for (let page = 1; page <= 2; page++)
      surveys.push(...((await call('GET', `/v1/surveys?promotionId=${PROMOTION}&perPage=100&page=${page}`)).body as typeof surveys));
    if (surveys.length >= 125 || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (surveys.length < 125) return `impact scheduled ${surveys.length} of 125 surveys within 60 s: surveys not seeded`;
  const indexOf = new Map(Array.from({ length: 25 }, (_, i) => [idOf('pair', i), i]));
  let answered = 0;
  for (const s of surveys) {
    const i = indexOf.get(s.pairId) ?? 99;
    if (s.status !== 'due' || (s.wave !== 'T0' && s.wave !== 'T6') || i >= 24 || (s.wave === 'T6' && i % 8 === 7)) continue;
    const later = s.wave === 'T6';
    const answers =
      s.respondent === 'volunteer'
        ? { wouldDoAgain: i % 7 !== 3, skillsGained: ['listening', 'intercultural'], timeSpentHours: 18 + (i % 6) }
        : {
            network: later ? i % 16 !== 5 : i % 3 === 0,
            autonomy: later ? (i % 5 === 4 ? 3 : 4) : 2,
            confidence: later ? 4 : 2 + (i % 2),
            french: later ? 3 : 2,
            projectClarity: later ? 4 : 1 + (i % 3),
            situation: later ? (['employed', 'searching', 'training'] as const)[i % 3] : 'searching',
          };
    const res = await call('POST', `/v1/surveys/${encodeURIComponent(s.id)}/answers`, { answers }, [200, 409]);
    if (res.status === 200) answered++;
  }
  const existing = (await call('GET', `/v1/outcomes?promotionId=${PROMOTION}&perPage=100`)).body as { pairId: string }[];
  const has = new Set(existing.map((o) => o.pairId));
  let recorded = 0;
  for (let i = 0; i < 24; i++) {
    const pairId = idOf('pair', i);
    if (has.has(pairId)) continue;
    const startedOn = new Date(start.getTime() + 150 * DAY).toISOString().slice(0, 10);
    await call('POST', '/v1/outcomes', { pairId, kind: OUTCOMES[i % OUTCOMES.length], startedOn });
    recorded++;
  }
  return `past promotion ${PROMOTION}: 25 pairs from events, ${answered} surveys answered now, ${recorded} outcomes recorded`;
}
