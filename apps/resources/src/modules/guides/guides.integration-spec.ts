import request from 'supertest';
import pino from 'pino';
import { status } from '@grpc/grpc-js';
import { resourcesV1 } from '@binome/contracts';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import { bearer, inProcessSuite, serviceToken, testServiceConfig } from '@binome/testing';
import { createResourcesService } from '../../resources.service';

/** "What to bring next time": guides written as data per territory, suggested by stage and needs, over REST and gRPC. */
describe('resources: meeting guides', () => {
  const service = createResourcesService(testServiceConfig('resources'), pino({ level: 'silent' }));
  const suite = inProcessSuite(service, {
    rennes: ['rennes', 'manager'],
    tours: ['tours', 'manager'],
    hq: ['national', 'hq'],
    volunteer: ['rennes', 'volunteer'],
  });
  const t = suite.tokens;
  let cvGuide: string;

  beforeAll(async () => {
    const r = await request(suite.api)
      .post('/v1/resources')
      .set(bearer(t.rennes))
      .send({
        territoryId: 'rennes',
        title: 'Modèle de CV à la française',
        audiences: ['volunteer', 'beneficiary'],
        language: 'fr',
        topics: ['cv'],
        markdown: 'Un modèle.',
      });
    cvGuide = r.body.id;
    await request(suite.api).post(`/v1/resources/${cvGuide}/publish`).set(bearer(t.rennes)).send({});
    const national = await request(suite.api)
      .put('/v1/territories/national/meeting-guide')
      .set(bearer(t.hq))
      .send({
        entries: [{ stages: ['first-meeting'], need: 'any', volunteerText: 'Faire connaissance', beneficiaryText: 'On se présente.' }],
      });
    expect(national.status).toBe(200);
    const rennes = await request(suite.api)
      .put('/v1/territories/rennes/meeting-guide')
      .set(bearer(t.rennes))
      .send({
        entries: [
          {
            stages: ['first-meeting'],
            need: 'any',
            volunteerText: 'Présenter le programme et le calendrier',
            beneficiaryText: 'On fait connaissance. Apportez vos papiers.',
          },
          {
            stages: ['early', 'middle'],
            need: 'cv',
            volunteerText: 'Relire le CV ligne à ligne ; apporter le modèle',
            beneficiaryText: 'Apportez votre CV. On le corrige ensemble.',
            resourceIds: [cvGuide],
          },
          {
            stages: ['middle'],
            need: 'network',
            volunteerText: 'Présenter deux contacts de votre entreprise',
            beneficiaryText: 'On parle des personnes à rencontrer.',
          },
          { stages: ['closing'], need: 'any', volunteerText: 'Bilan et suite', beneficiaryText: 'On fait le bilan.' },
        ],
      });
    expect(rennes.status).toBe(200);
  });

  const suggest = (token: string, q: string) => request(suite.api).get(`/v1/meeting-guides/suggestion?${q}`).set(bearer(token));

  it('When the stage or the needs differ, then the suggested agenda differs, with the resources for it and a plain-language line for the beneficiary', async () => {
    const first = await suggest(t.volunteer, 'territoryId=rennes&week=1&meetingsHeld=0&needs=cv');
    expect(first.body).toMatchObject({
      stage: 'first-meeting',
      guideTerritoryId: 'rennes',
      agenda: [{ need: 'any', volunteerText: 'Présenter le programme et le calendrier' }],
    });
    const cv = await suggest(t.volunteer, 'territoryId=rennes&week=10&meetingsHeld=4&needs=cv');
    expect(cv.body).toEqual({
      stage: 'middle',
      guideTerritoryId: 'rennes',
      agenda: [
        {
          need: 'cv',
          volunteerText: 'Relire le CV ligne à ligne ; apporter le modèle',
          beneficiaryText: 'Apportez votre CV. On le corrige ensemble.',
          resources: [{ resourceId: cvGuide, title: 'Modèle de CV à la française' }],
        },
      ],
      needs: [{ need: 'cv', weight: 2, sources: ['request'] }],
      unavailableSources: [],
    });
    const network = await suggest(t.volunteer, 'territoryId=rennes&week=10&meetingsHeld=4&needs=network&needs=cv');
    expect(network.body.agenda.map((e: { need: string }) => e.need)).toEqual(['network', 'cv']);
    expect((await suggest(t.volunteer, 'territoryId=rennes&week=10&meetingsHeld=4&needs=network')).body.agenda).toHaveLength(1);
    expect((await suggest(t.volunteer, 'territoryId=rennes&week=24&meetingsHeld=9')).body.agenda[0].volunteerText).toBe('Bilan et suite');
    // Paris has no guide of its own: the national one applies.
    expect((await suggest(t.hq, 'territoryId=paris&week=1&meetingsHeld=0')).body).toMatchObject({
      guideTerritoryId: 'national',
      agenda: [{ volunteerText: 'Faire connaissance' }],
    });
  });

  it('When another territory asks or writes, then 403; a guide naming an unknown resource, or a bad stage, is 400 naming the field', async () => {
    expect((await suggest(t.tours, 'territoryId=rennes&week=10&meetingsHeld=4')).status).toBe(403);
    expect((await request(suite.api).put('/v1/territories/rennes/meeting-guide').set(bearer(t.tours)).send({ entries: [] })).status).toBe(
      403,
    );
    expect(
      (await request(suite.api).put('/v1/territories/national/meeting-guide').set(bearer(t.rennes)).send({ entries: [] })).status,
    ).toBe(403);
    const unknown = await request(suite.api)
      .put('/v1/territories/rennes/meeting-guide')
      .set(bearer(t.rennes))
      .send({ entries: [{ stages: ['someday'], need: 'cv', volunteerText: 'abc', beneficiaryText: 'abc', resourceIds: ['nope'] }] });
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.entries.0.stages.0']);
    const missing = await request(suite.api)
      .put('/v1/territories/rennes/meeting-guide')
      .set(bearer(t.rennes))
      .send({ entries: [{ stages: ['middle'], need: 'cv', volunteerText: 'abc', beneficiaryText: 'abc', resourceIds: ['nope'] }] });
    expect({ status: missing.status, fields: missing.body.errors.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['body.entries.0.resourceIds.0'],
    });
    expect((await suggest(t.volunteer, 'territoryId=rennes&week=40&meetingsHeld=1')).body.errors[0].field).toBe('query.week');
  });

  it('When scheduling asks over gRPC with a service token, then it gets the same agenda; a Tours token for Rennes is PERMISSION_DENIED', async () => {
    const client = createClient(resourcesV1.ResourcesServiceClient, suite.grpcAddress);
    const call = (token: string, territoryId = 'rennes') =>
      unaryCall<resourcesV1.GetMeetingGuideRequest, resourcesV1.GetMeetingGuideResponse>(
        client.getMeetingGuide.bind(client),
        resourcesV1.GetMeetingGuideRequest.fromPartial({ territoryId, week: 10, meetingsHeld: 4, needs: ['cv'], language: 'fr' }),
        bearerMetadata(token),
      );
    try {
      const res = await call(await serviceToken());
      expect(res).toMatchObject({
        stage: 'middle',
        guideTerritoryId: 'rennes',
        agenda: [{ need: 'cv', resources: [{ resourceId: cvGuide }] }],
      });
      await expect(call(t.tours)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      await expect(call('garbage')).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
    } finally {
      client.close();
    }
  });
});
