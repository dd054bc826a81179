import request from 'supertest';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import { recruitmentEvents, recruitmentV1 } from '@binome/contracts';
import { decodeEnvelope, TOPICS, type EventEnvelope } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  applicationBody as application,
  bearer,
  interviewBody as interview,
  partnerOrganisationDoc,
  promotionBody,
  readTopic,
  screeningBody as screening,
  serviceToken,
  STAFF,
  startInProcess,
  stopInProcess,
  subjectOf,
  testServiceConfig,
  tokensOf,
  userToken,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';
import { PartnerOrganisationRepository } from '../organisations/partner-organisation.repository';

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

describe('the 4-step intake against the real Kafka, database and Keycloak', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  let api: string;
  let grpcAddress: string;
  let rennes: string;
  let tours: string;
  let hq: string;

  beforeAll(async () => {
    ({ api, grpcAddress } = await startInProcess(service));
    ({ rennes, tours, hq } = await tokensOf(STAFF));
    await new PartnerOrganisationRepository(service.context().connection).insert(partnerOrganisationDoc('cirefe'));
  });

  afterAll(() => stopInProcess(service));

  const apply = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const res = await request(api).post('/v1/applications').send(application(overrides));
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const post = (token: string, path: string, body: unknown) =>
    request(api)
      .post(path)
      .set(bearer(token))
      .send(body as object);
  const screen = (id: string, body: unknown = screening(), token = rennes) => post(token, `/v1/candidates/${id}/screening`, body);
  const hold = (id: string, body: unknown = interview(), token = rennes) => post(token, `/v1/candidates/${id}/interview`, body);
  const decide = (id: string, body: unknown, token = rennes) => post(token, `/v1/candidates/${id}/decision`, body);
  const close = (id: string, body: unknown = { reason: 'withdrawn' }, token = rennes) => post(token, `/v1/candidates/${id}/close`, body);
  const renew = (id: string, promotionId: string, token = rennes) => post(token, `/v1/candidates/${id}/renewal`, { promotionId });
  const get = (path: string, token = rennes) => request(api).get(path).set(bearer(token));

  const interviewed = async (
    appOverrides: Record<string, unknown> = {},
    interviewOverrides: Record<string, unknown> = {},
    screeningOverrides: Record<string, unknown> = {},
  ) => {
    const id = await apply(appOverrides);
    expect((await screen(id, screening(screeningOverrides))).status).toBe(200);
    expect((await hold(id, interview(interviewOverrides))).status).toBe(200);
    return id;
  };

  const promotion = async (
    capacity = 25,
    opts: { startsOn?: string; endsOn?: string; status?: 'planned' | 'recruiting' | 'running'; territoryId?: string; token?: string } = {},
  ) => {
    const { token = rennes, status: target, ...fields } = opts;
    const res = await post(token, '/v1/promotions', promotionBody({ ...fields, capacity }));
    expect(res.status).toBe(201);
    const id: string = res.body._id;
    const steps = target === 'planned' ? [] : target === 'running' ? ['recruiting', 'running'] : ['recruiting'];
    for (const to of steps) expect((await post(token, `/v1/promotions/${id}/transitions`, { to })).status).toBe(200);
    return id;
  };

  /** Envelopes of one aggregate on a topic, once `until` holds for them. */
  const eventsOf = async (topic: string, key: string, until: (types: string[]) => boolean): Promise<EventEnvelope[]> => {
    const decoded = (seen: { key: Buffer | null; value: Buffer | null }[]) =>
      seen.filter((m) => m.key?.toString() === key).map((m) => decodeEnvelope(m.value));
    const seen = await readTopic(topic, (m) => until(decoded(m).map((e) => e.type)));
    return decoded(seen);
  };
  const typeName = (t: string) => `binome.events.v1.${t}`;

  describe('transitions', () => {
    it('When a candidate goes applied → screened → interviewed → admitted, then each step is recorded with who and when, and each event is published', async () => {
      const p = await promotion();
      const id = await apply();
      const screened = await screen(id);
      expect(screened.status).toBe(200);
      expect(screened.body).toMatchObject({
        status: 'screened',
        screening: { outcome: 'passed', understoodProgramme: true },
        situation: { housingStable: true, resourcesStable: true },
      });
      const held = await hold(id);
      expect(held.body).toMatchObject({
        status: 'interviewed',
        interview: {
          assessedFrenchLevel: 'B1',
          interviewerIds: ['staff-anne', 'staff-karim'],
          workshopNeeds: ['CV', 'LINKEDIN', 'NETWORK'],
        },
      });
      const admitted = await decide(id, { outcome: 'admitted', promotionId: p });
      expect(admitted.status).toBe(200);
      expect(admitted.body).toMatchObject({ status: 'admitted', promotionId: p, decision: { outcome: 'admitted', promotionId: p } });
      expect(admitted.body.decision.eligibility.every((c: { met: boolean }) => c.met)).toBe(true);

      const got = await get(`/v1/candidates/${id}`);
      const history = got.body.history as { status: string; by: string; at: string; note?: string }[];
      expect(history.map((h) => h.status)).toEqual(['applied', 'screened', 'interviewed', 'admitted']);
      expect(history.slice(1).every((h) => h.by === subjectOf(rennes) && !Number.isNaN(Date.parse(h.at)))).toBe(true);
      expect(history[1].note).toContain('Understood the programme');

      const envelopes = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateAdmitted')));
      expect(envelopes.map((e) => e.type)).toEqual(
        ['CandidateApplied', 'CandidateScreened', 'CandidateInterviewed', 'CandidateAdmitted'].map(typeName),
      );
      const [, s, i, a] = envelopes;
      expect(recruitmentEvents.CandidateScreened.decode(s.payload)).toMatchObject({ candidateId: id, territoryId: 'rennes', passed: true });
      expect(recruitmentEvents.CandidateInterviewed.decode(i.payload)).toMatchObject({
        assessedFrenchLevel: 'B1',
        workshopNeeds: ['CV', 'LINKEDIN', 'NETWORK'],
      });
      expect(recruitmentEvents.CandidateAdmitted.decode(a.payload)).toMatchObject({
        candidateId: id,
        promotionId: p,
        eligibilityOverridden: false,
      });
      // Events carry no personal data, not even the notes.
      for (const e of envelopes) expect(Buffer.from(e.payload).toString('latin1')).not.toMatch(/Amina|Haidari|example\.org|Leila|Kabul/);
    });

    it('When the screening fails, then the application is closed as not retained and both events are published', async () => {
      const id = await apply();
      const res = await screen(id, screening({ outcome: 'failed', understoodProgramme: false, notes: 'Looking for a paid job right now' }));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'closed',
        closure: { reason: 'not_retained_at_screening' },
        screening: { outcome: 'failed' },
      });
      const envelopes = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateClosed')));
      expect(
        recruitmentEvents.CandidateScreened.decode(
          must(
            envelopes.find((e) => e.type === typeName('CandidateScreened')),
            'CandidateScreened',
          ).payload,
        ).passed,
      ).toBe(false);
      expect(
        recruitmentEvents.CandidateClosed.decode(
          must(
            envelopes.find((e) => e.type === typeName('CandidateClosed')),
            'CandidateClosed',
          ).payload,
        ).reason,
      ).toBe('not_retained_at_screening');
    });

    it('When an interviewed candidate is waitlisted, then the position is recorded and CandidateWaitlisted carries it', async () => {
      const p = await promotion(5);
      const id = await interviewed();
      const res = await decide(id, { outcome: 'waitlisted', promotionId: p });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'waitlisted', promotionId: p, waitlistPosition: 1 });
      const envelopes = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateWaitlisted')));
      expect(recruitmentEvents.CandidateWaitlisted.decode(must(envelopes.at(-1), 'an event').payload)).toMatchObject({
        promotionId: p,
        position: 1,
      });
    });

    it('When an interviewed candidate is referred, then an outbound referral is created and CandidateReferred names it', async () => {
      const id = await interviewed();
      const res = await decide(id, { outcome: 'referred', partnerId: 'cirefe', reason: 'French first: intensive course' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'referred',
        decision: { outcome: 'referred', partnerId: 'cirefe', reason: 'French first: intensive course' },
      });
      const referralId: string = res.body.decision.referralId;
      const referral = await get(`/v1/referrals/${referralId}`);
      expect(referral.body).toMatchObject({ direction: 'outbound', partnerId: 'cirefe', status: 'sent', candidateId: id });
      const envelopes = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateReferred')));
      expect(recruitmentEvents.CandidateReferred.decode(must(envelopes.at(-1), 'an event').payload)).toMatchObject({
        referralId,
        partnerId: 'cirefe',
      });
    });

    it('When the same decision is posted twice, then the second answers the stored decision without a second transition', async () => {
      const id = await interviewed();
      const first = await decide(id, { outcome: 'referred', partnerId: 'cirefe', reason: 'Shelter first' });
      const again = await decide(id, { outcome: 'referred', partnerId: 'cirefe', reason: 'Shelter first' });
      expect(again.status).toBe(200);
      expect(again.body.decision.referralId).toBe(first.body.decision.referralId);
      expect(again.body.history.filter((h: { status: string }) => h.status === 'referred')).toHaveLength(1);
      expect((await get(`/v1/referrals?candidateId=${id}`)).body).toHaveLength(1);
    });

    it('When a candidate withdraws at any non-final step, then it is closed with the reason and CandidateClosed is published', async () => {
      const p = await promotion();
      const applied = await apply();
      const screened = await apply();
      await screen(screened);
      const waitlisted = await interviewed();
      await decide(waitlisted, { outcome: 'waitlisted', promotionId: p });
      for (const id of [applied, screened, waitlisted]) {
        const res = await close(id, { reason: 'withdrawn', notes: 'Found a job' });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'closed', closure: { reason: 'withdrawn', notes: 'Found a job' } });
      }
      const envelopes = await eventsOf(TOPICS.recruitment, waitlisted, (t) => t.includes(typeName('CandidateClosed')));
      expect(recruitmentEvents.CandidateClosed.decode(must(envelopes.at(-1), 'an event').payload)).toMatchObject({
        candidateId: waitlisted,
        reason: 'withdrawn',
      });
    });

    it.each([
      [
        'an applied candidate is interviewed',
        'applied',
        'interview',
        'cannot go from "applied" to "interviewed"; allowed: screened, closed',
      ],
      ['an applied candidate is decided', 'applied', 'decision', 'cannot go from "applied" to "admitted"; allowed: screened, closed'],
      [
        'a screened candidate is screened again',
        'screened',
        'screening',
        'cannot go from "screened" to "screened"; allowed: interviewed, closed',
      ],
      ['a screened candidate is decided', 'screened', 'decision', 'cannot go from "screened" to "admitted"; allowed: interviewed, closed'],
      ['an interviewed candidate is interviewed again', 'interviewed', 'interview', 'cannot go from "interviewed" to "interviewed"'],
      ['an admitted candidate is interviewed', 'admitted', 'interview', 'cannot go from "admitted" to "interviewed"; allowed: closed'],
      ['an admitted candidate is waitlisted', 'admitted', 'waitlist', 'cannot go from "admitted" to "waitlisted"; allowed: closed'],
      ['a referred candidate is admitted', 'referred', 'decision', '"referred" is final'],
      ['a referred candidate is closed', 'referred', 'close', '"referred" is final'],
      ['a closed candidate is closed again', 'closed', 'close', '"closed" is final'],
      ['a closed candidate is screened', 'closed', 'screening', 'cannot go from "closed" to "screened"; "closed" is final'],
    ])('When %s, then 409 illegal_transition explains it', async (_case, state, action, detail) => {
      const p = await promotion();
      const id = await apply();
      if (state !== 'applied' && state !== 'closed') await screen(id);
      if (['interviewed', 'admitted', 'referred'].includes(state)) await hold(id);
      if (state === 'admitted') expect((await decide(id, { outcome: 'admitted', promotionId: p })).status).toBe(200);
      if (state === 'referred')
        expect((await decide(id, { outcome: 'referred', partnerId: 'cirefe', reason: 'Housing first' })).status).toBe(200);
      if (state === 'closed') await close(id);
      const res =
        action === 'interview'
          ? await hold(id)
          : action === 'screening'
            ? await screen(id)
            : action === 'close'
              ? await close(id)
              : action === 'waitlist'
                ? await decide(id, { outcome: 'waitlisted', promotionId: p })
                : await decide(id, { outcome: 'admitted', promotionId: p });
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('illegal_transition');
      expect(res.body.detail).toContain(detail);
    });

    it('When a candidate is admitted into a planned promotion, then 409 says it must be recruiting or running', async () => {
      const p = await promotion(25, { status: 'planned' });
      const res = await decide(await interviewed(), { outcome: 'admitted', promotionId: p });
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('recruiting or running');
    });

    it('When a candidate is admitted into a running promotion, then it is accepted', async () => {
      const p = await promotion(25, { status: 'running' });
      expect((await decide(await interviewed(), { outcome: 'admitted', promotionId: p })).status).toBe(200);
    });

    it('When a Rennes candidate is admitted into a Tours promotion, then 404 names body.promotionId', async () => {
      const toursPromotion = await promotion(25, { territoryId: 'tours', token: tours });
      const res = await decide(await interviewed(), { outcome: 'admitted', promotionId: toursPromotion });
      expect(res.status).toBe(404);
      expect(res.body.errors[0].field).toBe('body.promotionId');
    });

    it('When a candidate is referred to an unknown partner organisation, then 404 and the candidate stays interviewed', async () => {
      const id = await interviewed();
      const res = await decide(id, { outcome: 'referred', partnerId: 'nobody-here', reason: 'Housing first' });
      expect(res.status).toBe(404);
      expect(res.body.detail).toContain('nobody-here');
      expect((await get(`/v1/candidates/${id}`)).body.status).toBe('interviewed');
    });
  });

  describe('capacity and waitlist', () => {
    it('When several people are admitted to the last seat at the same moment, then exactly one gets it', async () => {
      const p = await promotion(1);
      const people = await Promise.all([interviewed(), interviewed(), interviewed(), interviewed()]);
      const results = await Promise.all(people.map((id) => decide(id, { outcome: 'admitted', promotionId: p })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      const waitlist = await get(`/v1/promotions/${p}/waitlist`);
      expect(waitlist.body.admitted).toBe(1);
    });

    it('When a promotion is full, then admission is refused with a suggestion, newcomers queue in order, and a freed seat goes to the first in line', async () => {
      const p = await promotion(1);
      const [a, b, c] = [await interviewed(), await interviewed(), await interviewed()];
      expect((await decide(a, { outcome: 'admitted', promotionId: p })).status).toBe(200);

      const full = await decide(b, { outcome: 'admitted', promotionId: p });
      expect(full.status).toBe(409);
      expect(full.body.code).toBe('conflict');
      expect(full.body.detail).toContain('is full (1/1 admitted)');
      expect(full.body.detail).toContain('waitlist');

      expect((await decide(b, { outcome: 'waitlisted', promotionId: p })).body.waitlistPosition).toBe(1);
      expect((await decide(c, { outcome: 'waitlisted', promotionId: p })).body.waitlistPosition).toBe(2);
      const waitlist = await get(`/v1/promotions/${p}/waitlist`);
      expect(waitlist.status).toBe(200);
      expect(waitlist.body).toMatchObject({ promotionId: p, capacity: 1, admitted: 1 });
      expect(waitlist.body.waitlist.map((w: { candidateId: string; rank: number }) => [w.rank, w.candidateId])).toEqual([
        [1, b],
        [2, c],
      ]);

      const withdrawn = await close(a, { reason: 'withdrawn' });
      expect(withdrawn.body.nextOnWaitlist).toEqual({ candidateId: b, position: 1 });

      const jump = await decide(c, { outcome: 'admitted', promotionId: p });
      expect(jump.status).toBe(409);
      expect(jump.body.detail).toContain(`first on its waitlist (candidate ${b})`);

      const admitted = await decide(b, { outcome: 'admitted', promotionId: p });
      expect(admitted.status).toBe(200);
      expect(admitted.body.waitlistPosition).toBeUndefined();
      const after = await get(`/v1/promotions/${p}/waitlist`);
      expect(after.body.waitlist.map((w: { candidateId: string }) => w.candidateId)).toEqual([c]);
      expect(after.body.admitted).toBe(1);
    });

    it('When the last waitlisted person is admitted and a newcomer is waitlisted, then the newcomer takes the next position', async () => {
      const p = await promotion(1);
      const [a, b, c] = [await interviewed(), await interviewed(), await interviewed()];
      await decide(a, { outcome: 'waitlisted', promotionId: p });
      await decide(b, { outcome: 'waitlisted', promotionId: p });
      expect((await decide(a, { outcome: 'admitted', promotionId: p })).status).toBe(200);
      expect((await decide(c, { outcome: 'waitlisted', promotionId: p })).body.waitlistPosition).toBe(3);
    });
  });

  describe('eligibility', () => {
    const weak = {
      app: { experience: [], housingStable: undefined, resourcesStable: undefined },
      interview: { assessedFrenchLevel: 'A1', projectMaturity: { score: 1 } },
      screening: { housingStable: false, resourcesStable: true },
    };

    it('When the candidate meets every criterion, then the eligibility lists each one met with an explanation', async () => {
      const id = await interviewed();
      const res = await get(`/v1/candidates/${id}/eligibility`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ candidateId: id, eligible: true, unmet: [] });
      expect(res.body.criteria).toEqual([
        { criterion: 'protection', met: true, explanation: 'Holds refugee status (granted 2024-03-12)' },
        { criterion: 'frenchLevel', met: true, explanation: 'Oral French assessed at B1 at interview (at least A2 required)' },
        {
          criterion: 'experienceOrProject',
          met: true,
          explanation: 'Has 1 prior work experience, professional project maturity 3/5 at interview',
        },
        { criterion: 'housing', met: true, explanation: 'Housing stable (confirmed at screening)' },
        { criterion: 'resources', met: true, explanation: 'Resources stable (confirmed at screening)' },
      ]);
    });

    it('When criteria are unmet, then admission without override is 409 naming body.override and each unmet criterion', async () => {
      const p = await promotion();
      const id = await interviewed(weak.app, weak.interview, weak.screening);
      const eligibility = await get(`/v1/candidates/${id}/eligibility`);
      expect(eligibility.body).toMatchObject({ eligible: false, unmet: ['frenchLevel', 'experienceOrProject', 'housing'] });
      expect(eligibility.body.criteria[1].explanation).toBe('Oral French assessed at A1 at interview; at least A2 is required');

      const res = await decide(id, { outcome: 'admitted', promotionId: p });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('conflict');
      expect(res.body.detail).toContain('Admission needs an eligibility override');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'body.override',
        'eligibility.frenchLevel',
        'eligibility.experienceOrProject',
        'eligibility.housing',
      ]);
      expect((await get(`/v1/candidates/${id}`)).body.status).toBe('interviewed');
    });

    it('When the override has an empty reason, then 400 names body.override.reason', async () => {
      const p = await promotion();
      const id = await interviewed(weak.app, weak.interview, weak.screening);
      const res = await decide(id, { outcome: 'admitted', promotionId: p, override: { reason: '  ' } });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('body.override.reason');
    });

    it('When admitted with an override and a reason, then the override is recorded with who, when and the unmet criteria, and the event says so', async () => {
      const p = await promotion();
      const id = await interviewed(weak.app, weak.interview, weak.screening);
      const res = await decide(
        id,
        { outcome: 'admitted', promotionId: p, override: { reason: 'Housing solution confirmed by the shelter next week' } },
        hq,
      );
      expect(res.status).toBe(200);
      expect(res.body.decision.override).toMatchObject({
        reason: 'Housing solution confirmed by the shelter next week',
        unmetCriteria: ['frenchLevel', 'experienceOrProject', 'housing'],
        by: subjectOf(hq),
      });
      expect(Date.parse(res.body.decision.override.at)).not.toBeNaN();
      expect(res.body.history.at(-1)).toMatchObject({ status: 'admitted', action: 'override', by: subjectOf(hq) });
      const envelopes = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateAdmitted')));
      expect(recruitmentEvents.CandidateAdmitted.decode(must(envelopes.at(-1), 'an event').payload).eligibilityOverridden).toBe(true);
    });
  });

  describe('renewal', () => {
    it('When an admitted beneficiary is renewed into a later promotion, then it is recorded once and CandidateRenewed is published; a second renewal is refused', async () => {
      const first = await promotion(25, { status: 'running' });
      const later = await promotion(25, { startsOn: '2027-09-01', endsOn: '2028-03-01' });
      const third = await promotion(25, { startsOn: '2028-04-01', endsOn: '2028-10-01' });
      const id = await interviewed();
      await decide(id, { outcome: 'admitted', promotionId: first });

      const res = await renew(id, later);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'admitted',
        promotionId: later,
        renewal: { fromPromotionId: first, promotionId: later, by: subjectOf(rennes) },
      });
      expect(res.body.history.at(-1)).toMatchObject({ status: 'admitted', action: 'renewal' });
      const envelopes = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateRenewed')));
      expect(recruitmentEvents.CandidateRenewed.decode(must(envelopes.at(-1), 'an event').payload)).toMatchObject({
        candidateId: id,
        promotionId: later,
      });

      const again = await renew(id, third);
      expect(again.status).toBe(409);
      expect(again.body.detail).toContain('renewed only once');
    });

    it('When the renewal promotion does not start later, then 409', async () => {
      const first = await promotion(25, { startsOn: '2027-09-01', endsOn: '2028-03-01' });
      const earlier = await promotion(25);
      const id = await interviewed();
      await decide(id, { outcome: 'admitted', promotionId: first });
      const res = await renew(id, earlier);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('later promotion');
    });

    it('When a candidate who is not admitted is renewed, then 409', async () => {
      const p = await promotion();
      const res = await renew(await interviewed(), p);
      expect(res.status).toBe(409);
      expect(res.body.detail).toContain('Only an admitted beneficiary can be renewed');
    });
  });

  describe('erasure', () => {
    it('When a person asks for erasure, then personal data and notes are gone, CandidateErased and ReferralErased are published, and actions are refused', async () => {
      const id = await interviewed({
        consent: { dataProcessing: true, partnerSharing: true, noticeVersion: '2026-01' },
        education: 'Master in accounting',
      });
      const referred = await decide(id, { outcome: 'referred', partnerId: 'cirefe', reason: 'French first' });
      const referralId: string = referred.body.decision.referralId;

      const res = await request(api).delete(`/v1/candidates/${id}`).set(bearer(rennes));
      expect(res.status).toBe(204);

      const shell = await get(`/v1/candidates/${id}`);
      expect(shell.status).toBe(200);
      expect(shell.body).toMatchObject({
        _id: id,
        territoryId: 'rennes',
        status: 'referred',
        erasedBy: subjectOf(rennes),
        identity: { firstName: '', lastName: '' },
      });
      expect(shell.body.erasedAt).toBeDefined();
      expect(shell.body.contact.phone).toBeUndefined();
      const text = JSON.stringify(shell.body);
      expect(text).not.toMatch(
        /Amina|Haidari|example\.org|12 34 56|Saint-Malo|Leila|Kabul|accounting|Accountant|French first|finance|2024-03-12/i,
      );
      expect(shell.body.history.map((h: { status: string }) => h.status)).toEqual([
        'applied',
        'screened',
        'interviewed',
        'referred',
        'referred',
      ]);
      expect(shell.body.history.at(-1)).toMatchObject({ action: 'erasure' });

      const referral = await get(`/v1/referrals/${referralId}`);
      expect(referral.body.person).toBeUndefined();
      expect(referral.body.reason).toBeUndefined();
      expect(referral.body.erasedAt).toBeDefined();

      const erased = await eventsOf(TOPICS.recruitment, id, (t) => t.includes(typeName('CandidateErased')));
      expect(recruitmentEvents.CandidateErased.decode(must(erased.at(-1), 'an event').payload)).toMatchObject({
        candidateId: id,
        territoryId: 'rennes',
      });
      const partnerFeed = await eventsOf(TOPICS.referrals, referralId, (t) => t.includes(typeName('ReferralErased')));
      expect(partnerFeed.map((e) => e.type)).toEqual([typeName('ReferralIssued'), typeName('ReferralErased')]);

      for (const action of [
        screen(id),
        hold(id),
        close(id),
        decide(id, { outcome: 'referred', partnerId: 'cirefe', reason: 'x' }),
        get(`/v1/candidates/${id}/eligibility`),
      ]) {
        const refused = await action;
        expect(refused.status).toBe(409);
        expect(refused.body.detail).toContain('erased');
      }
      expect((await request(api).delete(`/v1/candidates/${id}`).set(bearer(rennes))).status).toBe(204);
    });

    it('When two people of a territory are erased, then both erasures succeed (no clash on the unique email index)', async () => {
      for (const id of [await apply(), await apply()])
        expect((await request(api).delete(`/v1/candidates/${id}`).set(bearer(hq))).status).toBe(204);
    });

    it('When an erasure request carries a body, then 400 names body', async () => {
      const res = await request(api)
        .delete(`/v1/candidates/${await apply()}`)
        .set(bearer(rennes))
        .send({ reason: 'asked by phone' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('body');
    });
  });

  describe('validation', () => {
    const fields = (res: request.Response) => res.body.errors?.map((e: { field: string }) => e.field) ?? [];

    it.each([
      ['outcome missing', 'body.outcome', { outcome: undefined }],
      ['outcome unknown', 'body.outcome', { outcome: 'maybe' }],
      ['understoodProgramme wrong type', 'body.understoodProgramme', { understoodProgramme: 'yes' }],
      ['housingStable missing', 'body.housingStable', { housingStable: undefined }],
      ['resourcesStable wrong type', 'body.resourcesStable', { resourcesStable: 1 }],
      ['passed without understanding', 'body.understoodProgramme', { understoodProgramme: false }],
      ['notes empty', 'body.notes', { notes: '' }],
      ['notes too long', 'body.notes', { notes: 'x'.repeat(2001) }],
      ['an unknown field', 'body', { score: 3 }],
    ])('When the screening has %s, then 400 names %s', async (_case, field, overrides) => {
      const res = await screen(await apply(), screening(overrides));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['one interviewer', 'body.interviewerIds', { interviewerIds: ['staff-anne'] }],
      ['the same interviewer twice', 'body.interviewerIds.1', { interviewerIds: ['staff-anne', 'staff-anne'] }],
      ['an interviewer id with spaces', 'body.interviewerIds.0', { interviewerIds: ['Anne Martin', 'staff-karim'] }],
      ['an unknown CEFR level', 'body.assessedFrenchLevel', { assessedFrenchLevel: 'D1' }],
      ['a score of 6', 'body.need.score', { need: { score: 6 } }],
      ['a score as text', 'body.motivation.score', { motivation: { score: 'high' } }],
      ['a fractional score', 'body.projectMaturity.score', { projectMaturity: { score: 2.5 } }],
      ['project maturity missing', 'body.projectMaturity', { projectMaturity: undefined }],
      ['an unknown workshop need', 'body.workshopNeeds.0', { workshopNeeds: ['COOKING'] }],
      ['a repeated workshop need', 'body.workshopNeeds', { workshopNeeds: ['CV', 'CV'] }],
      ['a duration as text', 'body.durationMinutes', { durationMinutes: 'half an hour' }],
      ['an unknown nested field', 'body.need', { need: { score: 3, colour: 'red' } }],
      ['an unknown field', 'body', { room: 'B12' }],
    ])('When the interview has %s, then 400 names %s', async (_case, field, overrides) => {
      const id = await apply();
      await screen(id);
      const res = await hold(id, interview(overrides));
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['no outcome', 'body.outcome', {}],
      ['an unknown outcome', 'body.outcome', { outcome: 'accepted', promotionId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11' }],
      ['admitted without promotion', 'body.promotionId', { outcome: 'admitted' }],
      ['a promotion id that is not a uuid', 'body.promotionId', { outcome: 'waitlisted', promotionId: 'spring' }],
      ['referred without partner', 'body.partnerId', { outcome: 'referred', reason: 'Housing first' }],
      ['referred without reason', 'body.reason', { outcome: 'referred', partnerId: 'cirefe' }],
      ['a partner id that is not a slug', 'body.partnerId', { outcome: 'referred', partnerId: 'CIREFE Rennes!', reason: 'x' }],
      [
        'an override for a waitlisting',
        'body.override',
        { outcome: 'waitlisted', promotionId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11', override: { reason: 'x' } },
      ],
      [
        'an override without reason',
        'body.override.reason',
        { outcome: 'admitted', promotionId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11', override: {} },
      ],
      [
        'an override reason as a number',
        'body.override.reason',
        { outcome: 'admitted', promotionId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11', override: { reason: 42 } },
      ],
      ['an unknown field', 'body', { outcome: 'admitted', promotionId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11', urgent: true }],
    ])('When the decision has %s, then 400 names %s', async (_case, field, body) => {
      const res = await decide(await interviewed(), body);
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['no reason', 'body.reason', {}],
      ['an unknown reason', 'body.reason', { reason: 'bored' }],
      ['notes as a number', 'body.notes', { reason: 'withdrawn', notes: 12 }],
      ['an unknown field', 'body', { reason: 'withdrawn', when: 'today' }],
    ])('When the closure has %s, then 400 names %s', async (_case, field, body) => {
      const res = await close(await apply(), body);
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['no promotion', 'body.promotionId', {}],
      ['a promotion id as a number', 'body.promotionId', { promotionId: 7 }],
      ['an unknown field', 'body', { promotionId: '5b0c0f6e-8a43-4b8e-9d37-7d0d1b7c1a11', months: 6 }],
    ])('When the renewal has %s, then 400 names %s', async (_case, field, body) => {
      const res = await post(rennes, `/v1/candidates/${await apply()}/renewal`, body);
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });

    it.each([
      ['screening', 'post'],
      ['interview', 'post'],
      ['decision', 'post'],
      ['close', 'post'],
      ['renewal', 'post'],
      ['eligibility', 'get'],
    ])('When the candidate id of /%s is not a uuid, then 400 names params.id', async (path, method) => {
      const res = method === 'get' ? await get(`/v1/candidates/nope/${path}`) : await post(rennes, `/v1/candidates/nope/${path}`, {});
      expect(res.status).toBe(400);
      expect(fields(res)).toContain('params.id');
    });

    it.each([
      ['a trade that is not a ROME code', 'body.targetTrade', { targetTrade: 'Accountant' }],
      ['an unknown availability slot', 'body.availability.0', { availability: ['mon-noon'] }],
      ['a repeated availability slot', 'body.availability', { availability: ['mon-am', 'mon-am'] }],
      ['an unknown gender', 'body.gender', { gender: 'Q' }],
      ['an unknown gender preference', 'body.genderPreference', { genderPreference: 'any' }],
      ['housing stability as text', 'body.housingStable', { housingStable: 'yes' }],
    ])('When the application has %s, then 400 names %s', async (_case, field, overrides) => {
      const res = await request(api).post('/v1/applications').send(application(overrides));
      expect(res.status).toBe(400);
      expect(fields(res)).toContain(field);
    });
  });

  describe("the person's own application (self view)", () => {
    const STAFF_ONLY_TEXT = [
      'lives with her sister',
      'Needs a network in finance',
      'former accountant in Kabul',
      'Shelter confirmed',
      'staff-anne',
      'staff-karim',
    ];
    /** Every staff-only field, asserted absent one by one (and no staff text anywhere in the body). */
    const expectNoStaffField = (body: Record<string, unknown>, staffSubjects: string[]) => {
      for (const field of [
        'screening',
        'interview',
        'decision',
        'closure',
        'history',
        'renewal',
        'waitlistPosition',
        'waitlistedAt',
        'revision',
        'erasedBy',
        'inboundReferralId',
        'referringPartnerId',
        'nextOnWaitlist',
      ])
        expect({ field, present: field in body }).toEqual({ field, present: false });
      expect(Object.keys((body.situation ?? {}) as object).sort()).toEqual(['housingStable', 'resourcesStable']);
      const text = JSON.stringify(body);
      for (const s of [...STAFF_ONLY_TEXT, ...staffSubjects])
        expect({ staffText: s, leaked: text.includes(s) }).toEqual({ staffText: s, leaked: false });
    };

    it('When a beneficiary reads their own application at each step, then they see what they gave, their step, waitlist place and promotion, never staff notes, scores or staff; staff still see everything', async () => {
      const beneficiary = await userToken('rennes', 'beneficiary');
      const staff = [subjectOf(rennes), subjectOf(hq)];
      const p = await promotion(1);
      // The only seat goes to someone else first, so the beneficiary is waitlisted.
      const other = await interviewed();
      expect((await decide(other, { outcome: 'admitted', promotionId: p })).status).toBe(200);
      const id = await interviewed(
        { email: 'beneficiary@rennes.binome.test', experience: [], housingStable: undefined, resourcesStable: undefined },
        { assessedFrenchLevel: 'A1', projectMaturity: { score: 1 } },
        { housingStable: false, resourcesStable: true },
      );
      expect((await decide(id, { outcome: 'waitlisted', promotionId: p })).status).toBe(200);

      const waiting = await get(`/v1/candidates/${id}`, beneficiary);
      expect(waiting.status).toBe(200);
      expect(waiting.body).toMatchObject({
        id,
        view: 'self',
        status: 'waitlisted',
        identity: { firstName: 'Amina', lastName: 'Haidari' },
        contact: { email: 'beneficiary@rennes.binome.test', phone: '+33 6 12 34 56 78', town: 'Saint-Malo' },
        languages: [{ language: 'fa', level: 'native' }],
        target: { trade: 'M1607', sector: 'Finance' },
        consent: { dataProcessing: { given: true }, partnerSharing: { given: false } },
        waitlist: { promotionId: p, position: 1 },
        referrals: [],
      });
      expect(waiting.body.steps.map((s: { status: string }) => s.status)).toEqual(['applied', 'screened', 'interviewed', 'waitlisted']);
      expect('promotionId' in waiting.body).toBe(false);
      expectNoStaffField(waiting.body, staff);

      // The seat frees up; HQ admits the beneficiary with an eligibility override.
      expect((await close(other)).status).toBe(200);
      expect(
        (await decide(id, { outcome: 'admitted', promotionId: p, override: { reason: 'Shelter confirmed housing next week' } }, hq)).status,
      ).toBe(200);
      const admitted = await get(`/v1/candidates/${id}`, beneficiary);
      expect(admitted.body).toMatchObject({ view: 'self', status: 'admitted', promotionId: p });
      expect('waitlist' in admitted.body).toBe(false);
      expectNoStaffField(admitted.body, staff);

      const listed = await get('/v1/candidates?perPage=100', beneficiary);
      expect(listed.status).toBe(200);
      expect(listed.body.map((c: { id: string }) => c.id)).toEqual([id]);
      expect(listed.body[0]).toMatchObject({ view: 'self', status: 'admitted', promotionId: p });
      expectNoStaffField(listed.body[0], staff);

      // Staff: the full record, as before.
      const full = await get(`/v1/candidates/${id}`);
      expect(full.body).toMatchObject({
        screening: { notes: 'Understood the programme; lives with her sister Leila' },
        interview: {
          interviewerIds: ['staff-anne', 'staff-karim'],
          need: { score: 4, notes: 'Needs a network in finance' },
          notes: 'Very motivated, former accountant in Kabul',
        },
        decision: { override: { reason: 'Shelter confirmed housing next week', by: subjectOf(hq) } },
      });
      expect(full.body.history.length).toBeGreaterThan(4);
      const staffList = await get(`/v1/candidates?perPage=100&promotionId=${p}`);
      expect(staffList.body.find((c: { _id: string }) => c._id === id)).toMatchObject({
        interview: { notes: 'Very motivated, former accountant in Kabul' },
      });

      // Their own withdrawal answers their self view too (not who is next in line).
      const withdrawn = await close(id, { reason: 'withdrawn', notes: 'Shelter confirmed: moving' }, beneficiary);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ view: 'self', status: 'closed' });
      expectNoStaffField(withdrawn.body, staff);
    });
  });

  describe('tenancy and roles', () => {
    it('When a Tours manager reads, lists, changes or erases Rennes candidates, then it sees nothing and changes nothing', async () => {
      const p = await promotion();
      const id = await interviewed();
      expect((await get(`/v1/candidates/${id}`, tours)).status).toBe(404);
      expect((await get(`/v1/candidates/${id}/eligibility`, tours)).status).toBe(404);
      expect((await get(`/v1/promotions/${p}/waitlist`, tours)).status).toBe(404);
      expect((await get('/v1/candidates?territoryId=rennes', tours)).body).toEqual([]);
      expect((await decide(id, { outcome: 'admitted', promotionId: p }, tours)).status).toBe(404);
      expect((await close(id, { reason: 'withdrawn' }, tours)).status).toBe(404);
      expect((await request(api).delete(`/v1/candidates/${id}`).set(bearer(tours))).status).toBe(404);
      const still = await get(`/v1/candidates/${id}`);
      expect(still.body).toMatchObject({ status: 'interviewed', identity: { firstName: 'Amina' } });
    });

    it('When a konnecteur or a partner tries an intake step, then 403', async () => {
      const id = await apply();
      expect((await screen(id, screening(), await userToken('rennes', 'konnecteur'))).status).toBe(403);
      expect((await screen(id, screening(), await userToken('partners', 'ngo-cirefe'))).status).toBe(403);
    });

    it('When HQ acts on a Rennes candidate, then it is allowed', async () => {
      const id = await apply();
      expect((await screen(id, screening(), hq)).status).toBe(200);
    });
  });

  describe('gRPC GetIntakeNeeds', () => {
    it('When resources asks for a candidate’s intake needs, then staff and service tokens get the interview’s needs and the promotion; a participant, another territory or an unknown id are refused', async () => {
      const p = await promotion();
      const admitted = await interviewed({}, { workshopNeeds: ['PITCH', 'CV'] });
      await decide(admitted, { outcome: 'admitted', promotionId: p });
      const applied = await apply();
      const client = createClient(recruitmentV1.RecruitmentServiceClient, grpcAddress);
      try {
        const call = (token: string, candidateId = admitted, territoryId = 'rennes') =>
          unaryCall<recruitmentV1.GetIntakeNeedsRequest, recruitmentV1.GetIntakeNeedsResponse>(
            client.getIntakeNeeds.bind(client),
            { territoryId, candidateId },
            bearerMetadata(token),
          );
        expect(await call(await serviceToken())).toEqual({ candidateId: admitted, promotionId: p, workshopNeeds: ['PITCH', 'CV'] });
        expect(await call(rennes)).toEqual({ candidateId: admitted, promotionId: p, workshopNeeds: ['PITCH', 'CV'] });
        expect(await call(hq, applied)).toEqual({ candidateId: applied, promotionId: '', workshopNeeds: [] });
        await expect(call(tours)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
        await expect(call(await userToken('rennes', 'beneficiary'))).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
        await expect(call(await userToken('rennes', 'volunteer'))).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
        await expect(call(rennes, 'no-such-candidate')).rejects.toMatchObject({ code: status.NOT_FOUND });
        await expect(call(rennes, '')).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
      } finally {
        client.close();
      }
    });
  });

  describe('gRPC ListMatchableBeneficiaries', () => {
    it('When matching lists a promotion, then admitted beneficiaries come with their matching profile; Tours is denied', async () => {
      const p = await promotion();
      const admitted = await interviewed();
      const unknownTown = await interviewed({ town: 'Pacé', availability: [], gender: undefined, genderPreference: undefined });
      const waitlisted = await interviewed();
      await decide(admitted, { outcome: 'admitted', promotionId: p });
      await decide(unknownTown, { outcome: 'admitted', promotionId: p });
      await decide(waitlisted, { outcome: 'waitlisted', promotionId: p });

      const client = createClient(recruitmentV1.RecruitmentServiceClient, grpcAddress);
      try {
        const call = (token: string, territoryId = 'rennes', promotionId = p) =>
          unaryCall<recruitmentV1.ListMatchableBeneficiariesRequest, recruitmentV1.ListMatchableBeneficiariesResponse>(
            client.listMatchableBeneficiaries.bind(client),
            { territoryId, promotionId },
            bearerMetadata(token),
          );
        const res = await call(await serviceToken());
        expect(res.beneficiaries.map((b) => b.id).sort()).toEqual([admitted, unknownTown].sort());
        const profile = res.beneficiaries.find((b) => b.id === admitted);
        expect(profile).toEqual({
          id: admitted,
          territoryId: 'rennes',
          promotionId: p,
          sector: 'Finance',
          trade: 'M1607',
          frenchLevel: 'B1',
          languages: [{ code: 'fa', level: 'native' }],
          town: { lat: 48.6493, lon: -2.0257 },
          availability: ['mon-am', 'thu-pm'],
          needs: ['CV', 'LINKEDIN', 'NETWORK'],
          gender: 'F',
          genderPreference: 'F',
          conflicts: [],
        });
        expect(res.beneficiaries.find((b) => b.id === unknownTown)).toMatchObject({
          town: { lat: 48.1113, lon: -1.68 },
          gender: '',
          availability: [],
        });
        expect((await call(rennes)).beneficiaries).toHaveLength(2);
        await expect(call(tours)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
        await expect(call(tours, 'tours')).rejects.toMatchObject({ code: status.NOT_FOUND });
      } finally {
        client.close();
      }
    });
  });
});
