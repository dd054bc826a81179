import request from 'supertest';
import pino from 'pino';
import { resourcesV1 } from '@binome/contracts';
import { createEnvelope, EVENTS, EventPublisher } from '@binome/events';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  bearer,
  eventually,
  serviceToken,
  startInProcess,
  stopInProcess,
  testKafka,
  testServiceConfig,
  tokensOf,
  uniqueId,
} from '@binome/testing';
import { createResourcesService } from '../../resources.service';
import { startFakeImpact, type FakeImpact } from '../../testing/fake-impact';
import { startFakeRecruitment, type FakeRecruitment } from '../../testing/fake-recruitment';

const { WorkshopSessionAttended } = EVENTS;

/**
 * The guide's needs come from what exists: recruitment's intake (`GetIntakeNeeds`), impact's T0
 * gaps (`ListNeeds`) — both contract-level doubles with real token and matrix checks — and the
 * workshop competencies resources projects from workshops' `WorkshopSessionAttended` (this spec's
 * own topic on the real Kafka). Real database and Keycloak. A peer down: the guide still answers.
 */
describe('resources: a meeting guide from the pair’s needs (intake, T0 gaps, workshops), peers down or not', () => {
  const logger = pino({ level: 'silent' });
  const workshopsTopic = `binome.workshops.v1.test-${uniqueId()}`;
  const publisher = new EventPublisher(testKafka());
  let recruitment: FakeRecruitment;
  let impact: FakeImpact;
  let service: ReturnType<typeof createResourcesService>;
  let api: string;
  let grpcAddress: string;
  let t: Record<'rennes' | 'volunteer' | 'service', string>;
  const promotion = uniqueId('p-');
  const [wantsCv, wantsNetwork, attendedCv, withT0] = ['cv', 'net', 'att', 't0'].map((k) => uniqueId(`cand-${k}-`));

  beforeAll(async () => {
    const base = testServiceConfig('resources');
    recruitment = await startFakeRecruitment(base, logger);
    impact = await startFakeImpact(base, logger);
    recruitment.intake.set(`rennes:${wantsCv}`, { promotionId: promotion, workshopNeeds: ['CV'] });
    recruitment.intake.set(`rennes:${wantsNetwork}`, { promotionId: promotion, workshopNeeds: ['NETWORK', 'LINKEDIN'] });
    recruitment.intake.set(`rennes:${attendedCv}`, { promotionId: promotion, workshopNeeds: ['CV', 'NETWORK'] });
    recruitment.intake.set(`rennes:${withT0}`, { promotionId: promotion, workshopNeeds: [] });
    impact.needs.set(`rennes:${promotion}`, [{ personId: withT0, pairId: 'pair-t0', needs: ['CONFIDENCE'] }]);
    service = createResourcesService(
      testServiceConfig('resources', {
        MONGO_DB: base.mongo.database,
        PEERS: `recruitment=${recruitment.address},impact=${impact.address}`,
      }),
      logger,
      {
        awardsGroup: `resources-awards-test-${uniqueId()}`,
        awardTopics: {
          resources: `binome.resources.v1.test-${uniqueId()}`,
          workshops: workshopsTopic,
          matching: `binome.matching.v1.test-${uniqueId()}`,
        },
        erasureGroup: `resources-erasure-test-${uniqueId()}`,
        recruitmentTopic: `binome.recruitment.v1.test-${uniqueId()}`,
      },
    );
    ({ api, grpcAddress } = await startInProcess(service));
    t = { ...(await tokensOf({ rennes: ['rennes', 'manager'], volunteer: ['rennes', 'volunteer'] })), service: await serviceToken() };
    await publisher.connect();
    const entry = (need: string, text: string) => ({ stages: ['middle'], need, volunteerText: text, beneficiaryText: `${text} (simple)` });
    const guide = await request(api)
      .put('/v1/territories/rennes/meeting-guide')
      .set(bearer(t.rennes))
      .send({
        entries: [
          entry('cv', 'Relire le CV'),
          entry('network', 'Présenter deux contacts'),
          entry('moral-support', 'Prendre des nouvelles, encourager'),
          entry('any', 'Faire le point'),
        ],
      });
    expect(guide.status).toBe(200);
  });

  afterAll(async () => {
    await publisher.disconnect();
    await stopInProcess(service);
    await recruitment.stop().catch(() => undefined);
    await impact.stop().catch(() => undefined);
  });

  const ask = async (beneficiaryId: string, extra: Partial<resourcesV1.GetMeetingGuideRequest> = {}, token = t.service) => {
    const client = createClient(resourcesV1.ResourcesServiceClient, grpcAddress);
    try {
      return await unaryCall<resourcesV1.GetMeetingGuideRequest, resourcesV1.GetMeetingGuideResponse>(
        client.getMeetingGuide.bind(client),
        resourcesV1.GetMeetingGuideRequest.fromPartial({
          territoryId: 'rennes',
          week: 10,
          meetingsHeld: 4,
          language: 'fr',
          beneficiaryId,
          ...extra,
        }),
        bearerMetadata(token),
      );
    } finally {
      client.close();
    }
  };
  const needsOf = (r: resourcesV1.GetMeetingGuideResponse) => r.agenda.map((a) => a.need);

  it('When two beneficiaries at the same stage had different intake needs, then their guides differ, without the caller naming a need; a participant may not ask for a beneficiary', async () => {
    const cv = await ask(wantsCv);
    expect(needsOf(cv)).toEqual(['cv', 'any']);
    expect(cv.needs).toEqual([{ need: 'cv', weight: 1, sources: ['intake'] }]);
    expect(cv.unavailableSources).toEqual([]);
    const network = await ask(wantsNetwork);
    expect(needsOf(network)).toEqual(['network', 'any']);
    expect(network.agenda[0].volunteerText).toBe('Présenter deux contacts');
    // The meeting's own topics weigh more than the intake.
    expect(needsOf(await ask(wantsNetwork, { needs: ['cv'] }))).toEqual(['cv', 'network', 'any']);
    // The same over REST for staff; a volunteer naming a beneficiary is refused, naming the field.
    const rest = await request(api)
      .get(`/v1/meeting-guides/suggestion?territoryId=rennes&week=10&meetingsHeld=4&beneficiaryId=${wantsCv}`)
      .set(bearer(t.rennes));
    expect({ status: rest.status, needs: rest.body.agenda.map((a: { need: string }) => a.need) }).toEqual({
      status: 200,
      needs: ['cv', 'any'],
    });
    const volunteer = await request(api)
      .get(`/v1/meeting-guides/suggestion?territoryId=rennes&week=10&meetingsHeld=4&beneficiaryId=${wantsCv}`)
      .set(bearer(t.volunteer));
    expect({ status: volunteer.status, detail: volunteer.body.detail }).toEqual({
      status: 403,
      detail: expect.stringContaining('query.beneficiaryId'),
    });
    // Without a beneficiary, the guide is the one asked for, as before.
    expect(needsOf(await ask(''))).toEqual(['any']);
  });

  it('When the beneficiary attended a CV workshop, then the CV need weighs less than their other intake need; a T0 gap from impact adds its need', async () => {
    expect(needsOf(await ask(attendedCv))).toEqual(['cv', 'network', 'any']);
    await publisher.publish(workshopsTopic, [
      createEnvelope({
        type: WorkshopSessionAttended,
        payload: {
          sessionId: uniqueId('s-'),
          workshopId: 'w-cv',
          territoryId: 'rennes',
          personId: attendedCv,
          attendance: 'present',
          competencies: ['french-cv'],
          sessionStartsAt: new Date(),
        },
        territoryId: 'rennes',
        aggregateType: 'session',
        aggregateId: uniqueId('s-'),
        source: 'workshops',
      }),
    ]);
    const after = await eventually(
      async () => {
        const r = await ask(attendedCv);
        return r.needs.some((n) => n.sources.includes('workshops')) ? r : undefined;
      },
      30_000,
      'the workshop attended counted',
    );
    expect(needsOf(after)).toEqual(['network', 'cv', 'any']);
    expect(after.needs).toEqual([
      { need: 'network', weight: 1, sources: ['intake'] },
      { need: 'cv', weight: 0.5, sources: ['intake', 'workshops'] },
    ]);
    // The T0 gap (CONFIDENCE → moral support), by the promotion recruitment answers or the one given.
    const t0 = await ask(withT0);
    expect({ agenda: needsOf(t0), needs: t0.needs }).toEqual({
      agenda: ['moral-support', 'any'],
      needs: [{ need: 'moral-support', weight: 1, sources: ['t0-survey'] }],
    });
    expect(needsOf(await ask(withT0, { promotionId: promotion }))).toEqual(['moral-support', 'any']);
  });

  it('When recruitment, then impact, are down, then the guide still answers from what is left and names the missing peers', async () => {
    await recruitment.stop();
    const started = Date.now();
    const noIntake = await ask(wantsNetwork, { needs: ['cv'] });
    expect({ agenda: needsOf(noIntake), unavailable: noIntake.unavailableSources }).toEqual({
      agenda: ['cv', 'any'],
      unavailable: ['recruitment'],
    });
    // The promotion given, impact is still asked; the workshops are resources' own.
    const t0 = await ask(withT0, { promotionId: promotion });
    expect({ agenda: needsOf(t0), unavailable: t0.unavailableSources }).toEqual({
      agenda: ['moral-support', 'any'],
      unavailable: ['recruitment'],
    });
    expect((await ask(attendedCv, { needs: ['cv'] })).needs).toEqual([{ need: 'cv', weight: 1, sources: ['request', 'workshops'] }]);
    await impact.stop();
    const none = await ask(withT0, { promotionId: promotion, needs: ['network'] });
    expect({ agenda: needsOf(none), unavailable: none.unavailableSources }).toEqual({
      agenda: ['network', 'any'],
      unavailable: ['recruitment', 'impact'],
    });
    // A refused connection fails fast: well inside the 3 s deadline per peer.
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});
