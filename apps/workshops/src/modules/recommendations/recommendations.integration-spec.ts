import request from 'supertest';
import pino from 'pino';
import { events } from '@binome/contracts';
import { createEnvelope, deadLetterTopic, EVENTS, EventPublisher, type EventEnvelope, type EventType } from '@binome/events';
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
import { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
import { startFakeImpact, type FakeImpact } from '../../testing/fake-impact';
import { createWorkshopsService } from '../../workshops.service';

const { CandidateInterviewed, CandidateAdmitted, CandidateErased, MeetingHeld } = EVENTS;
const DAY = 24 * 3_600_000;

interface Body {
  recommended: { workshopId: string; sources: string[]; reasons: string[]; needs: string[] }[];
  notRepeated: { workshopId: string }[];
  unavailable: string[];
}

/**
 * Recommendations from the three sources, against the real Kafka, database and Keycloak: intake
 * needs as recruitment's events and held meetings (with their topic codes) as scheduling's, on this
 * spec's own topics; the T0 gaps from impact's gRPC, a contract-level double (real definition,
 * real token checks) that the spec stops to show that recommendations answer without it.
 */
describe('workshops: recommendations from intake needs, T0 survey gaps and meeting topics', () => {
  const recruitmentTopic = `binome.recruitment.v1.test-${uniqueId()}`;
  const schedulingTopic = `binome.scheduling.v1.test-${uniqueId()}`;
  const meetingsGroup = `workshops-meetings-test-${uniqueId()}`;
  const logger = pino({ level: 'silent' });
  const kafka = testKafka();
  const publisher = new EventPublisher(kafka);
  const promotion = uniqueId('promo-');
  const B = uniqueId('b-');
  const other = uniqueId('o-');
  const t = {} as Record<'manager', string>;
  let recruitment: FakeRecruitment;
  let impact: FakeImpact;
  let impactStopped = false;
  let service: ReturnType<typeof createWorkshopsService>;
  let api: string;

  const envelope = <T>(type: EventType<T>, payload: T, aggregateType: string, aggregateId: string, source: string): EventEnvelope =>
    createEnvelope({ type, payload, territoryId: 'rennes', aggregateType, aggregateId, source });
  const interviewed = (id: string, needs: string[]) =>
    envelope(
      CandidateInterviewed,
      { candidateId: id, territoryId: 'rennes', assessedFrenchLevel: 'B1', workshopNeeds: needs },
      'candidate',
      id,
      'recruitment',
    );
  const admitted = (id: string) =>
    envelope(
      CandidateAdmitted,
      { candidateId: id, territoryId: 'rennes', promotionId: promotion, eligibilityOverridden: false },
      'candidate',
      id,
      'recruitment',
    );
  const held = (meetingId: string, beneficiaryId: string, topics: string[], daysAgo: number) =>
    envelope(
      MeetingHeld,
      {
        meetingId,
        pairId: `pair-${beneficiaryId}`,
        territoryId: 'rennes',
        promotionId: promotion,
        beneficiaryId,
        volunteerId: `v-${beneficiaryId}`,
        startsAt: new Date(Date.now() - daysAgo * DAY),
        durationMinutes: 90,
        topics,
      },
      'pair',
      `pair-${beneficiaryId}`,
      'scheduling',
    );
  const recommendations = async (personId: string): Promise<request.Response> =>
    request(api).get(`/v1/beneficiaries/${personId}/recommendations`).set(bearer(t.manager));
  const until = (personId: string, check: (b: Body) => boolean, what: string) =>
    eventually(
      async () => {
        const res = await recommendations(personId);
        return res.status === 200 && check(res.body as Body) ? (res.body as Body) : undefined;
      },
      30_000,
      what,
    );
  const of = (b: Body, workshopId: string) => b.recommended.find((r) => r.workshopId === workshopId);

  beforeAll(async () => {
    const base = testServiceConfig('workshops');
    recruitment = await startFakeRecruitment(base, logger);
    impact = await startFakeImpact(base, logger);
    service = createWorkshopsService(
      testServiceConfig('workshops', { PEERS: `recruitment=${recruitment.address},impact=${impact.address}` }),
      logger,
      { recruitmentGroup: `workshops-recruitment-test-${uniqueId()}`, recruitmentTopic, meetingsGroup, schedulingTopic },
    );
    ({ api } = await startInProcess(service));
    await publisher.connect();
    Object.assign(t, await tokensOf({ manager: ['rennes', 'manager'] }));
  }, 120_000);

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await recruitment.stop();
    if (!impactStopped) await impact.stop();
  });

  it('When the T0 survey shows gaps and the pair worked on topics in held meetings, then each workshop says why, by source, and one named by several sources comes first', async () => {
    impact.needs.set(`rennes/${promotion}`, [
      { personId: B, pairId: `pair-${B}`, needs: ['CONFIDENCE', 'NETWORK'] },
      { personId: other, pairId: `pair-${other}`, needs: ['FRENCH'] },
    ]);
    await publisher.publish(recruitmentTopic, [interviewed(B, ['CV']), admitted(B)]);
    const first = held(uniqueId('m-'), B, ['cv', 'interview-preparation', 'cover-letter'], 9);
    // The first meeting is delivered twice: it still counts once.
    await publisher.publish(schedulingTopic, [
      first,
      first,
      held(uniqueId('m-'), B, ['cv'], 2),
      held(uniqueId('m-'), other, ['network'], 3),
    ]);

    // B's meetings share a key, so a partition: once the second is counted, both copies of the first were handled.
    const body = await until(
      B,
      (b) => !!of(b, 'rennes-cv')?.reasons.some((r) => r.startsWith('CV worked on in 2')),
      'intake, T0 and both meetings projected',
    );
    expect(body.unavailable).toEqual([]);
    // CV: named at intake and worked on in both meetings — two sources, so first.
    expect(body.recommended[0]).toMatchObject({
      workshopId: 'rennes-cv',
      sources: ['intake', 'meetings'],
      needs: ['CV'],
      reasons: ['no French CV yet (intake)', 'CV worked on in 2 pair meetings: this workshop takes it further'],
    });
    // Speed-meetings answer the T0 network gap and the interview preparation of a meeting.
    expect(of(body, 'rennes-speed-meetings')).toMatchObject({
      sources: ['t0-survey', 'meetings'],
      needs: ['NETWORK', 'INTERVIEW'],
      reasons: [
        'T0: no professional network in France yet',
        'interview preparation worked on in 1 pair meeting: this workshop takes it further',
      ],
    });
    // Low self-confidence has no intake need: the workshops that develop it answer it.
    expect(of(body, 'rennes-coaching')).toMatchObject({ sources: ['t0-survey'], needs: [], reasons: ['T0: low self-confidence'] });
    expect(of(body, 'rennes-remobilisation')).toMatchObject({ reasons: ['T0: low self-confidence'] });
    expect(of(body, 'rennes-linkedin')).toMatchObject({ reasons: ['T0: no professional network in France yet'] });
    // Another person's gap (French) and a topic with no workshop (cover letter) recommend nothing here.
    expect(of(body, 'rennes-oral-french')).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/cover/);
    const order = body.recommended.map((r) => r.sources.length);
    expect([...order].sort((a, b) => b - a)).toEqual(order);

    // Impact was asked with workshops' service account, for the person's promotion only.
    expect(impact.requests.at(-1)).toMatchObject({
      request: { territoryId: 'rennes', promotionId: promotion },
      principal: { realm: 'national', roles: expect.arrayContaining(['service']) },
    });
  });

  it('When impact is unreachable, then the recommendations still answer from intake and meetings, and name the source left out', async () => {
    await impact.stop();
    impactStopped = true;
    const started = Date.now();
    const res = await recommendations(B);
    expect(res.status).toBe(200);
    const body = res.body as Body;
    expect(body.unavailable).toEqual(['t0-survey']);
    expect(of(body, 'rennes-cv')?.reasons).toHaveLength(2);
    expect(of(body, 'rennes-coaching')).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/T0:/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('When a MeetingHeld without its meeting id arrives, then it goes to the dead-letter topic and consuming goes on', async () => {
    const bad = held('', B, ['network'], 1);
    await publisher.publish(schedulingTopic, [bad, held(uniqueId('m-'), B, ['professional-codes'], 1)]);
    await until(B, (b) => !!of(b, 'rennes-professional-codes'), 'the meeting after the poison one projected');
    // The group is this spec's own: its dead-letter topic holds only this message.
    const [dead] = await readTopic(deadLetterTopic(meetingsGroup), (seen) => seen.length > 0);
    expect(events.DeadLetter.decode(dead.value ?? Buffer.alloc(0))).toMatchObject({
      originalTopic: schedulingTopic,
      consumerGroup: meetingsGroup,
      reason: 'handler_failed',
      detail: expect.stringMatching(/MeetingHeld without meeting/),
    });
  });

  it('When recruitment erases the person, then the topics of their meetings are forgotten with them', async () => {
    await publisher.publish(recruitmentTopic, [
      envelope(CandidateErased, { candidateId: B, territoryId: 'rennes', erasedAt: new Date() }, 'candidate', B, 'recruitment'),
    ]);
    await eventually(async () => ((await recommendations(B)).status === 404 ? true : undefined), 20_000, 'the person erased');
    const meetings = service.context().connection.collection('person_meetings');
    // The projection goes first; the meetings are cleared after it, in the same handler.
    await eventually(
      async () => ((await meetings.countDocuments({ $or: [{ beneficiaryId: B }, { personIds: B }] })) === 0 ? true : undefined),
      20_000,
      'the meetings of the person forgotten',
    );
    const left = await meetings.find({}).toArray();
    expect(left.filter((m) => (m.topics as string[]).length > 0).map((m) => m.personIds)).toEqual([[other, `v-${other}`]]);
  });
});
