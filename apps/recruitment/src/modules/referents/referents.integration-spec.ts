import request from 'supertest';
import pino from 'pino';
import { bearer, inProcessSuite, referentBody, STAFF, testServiceConfig, uniqueId } from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

describe('Konnecteurs and Koachs against the real database and Keycloak', () => {
  const suite = inProcessSuite(createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' })), STAFF);
  const t = suite.tokens;

  const konnecteur = referentBody;

  it('When a Rennes manager adds a Konnecteur, then it follows 3 pairs by default and is located by its town', async () => {
    const res = await request(suite.api).post('/v1/konnecteurs').set(bearer(t.rennes)).send(konnecteur());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'konnecteur', capacity: 3, territoryId: ['rennes'], active: true, id: res.body._id });
    expect(res.body.location.lat).toBeCloseTo(48.12, 1);
    const got = await request(suite.api).get(`/v1/konnecteurs/${res.body._id}`).set(bearer(t.rennes));
    expect(got.status).toBe(200);
  });

  it.each([
    ['body.capacity', { capacity: 4 }],
    ['body.capacity', { capacity: 1 }],
    ['body.email', { email: 'nope' }],
    ['body.territoryId', { territoryId: [] }],
    ['body.territoryId.0', { territoryId: ['lyon'] }],
    ['body.availability.0', { availability: ['someday'] }],
    ['body.firstName', { firstName: undefined }],
    ['body', { favouriteColour: 'blue' }],
  ])('When a Konnecteur is created with a bad value, then 400 names %s', async (field, overrides) => {
    const res = await request(suite.api).post('/v1/konnecteurs').set(bearer(t.rennes)).send(konnecteur(overrides));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('When a Koach is created, then capacity means sessions a month and topics are kept', async () => {
    const res = await request(suite.api)
      .post('/v1/koachs')
      .set(bearer(t.hq))
      .send({
        territoryId: ['rennes', 'tours'],
        firstName: 'Inès',
        lastName: 'Roux',
        email: `${uniqueId('ines.')}@example.org`,
        town: 'Tours',
        capacity: 4,
        topics: ['LINKEDIN', 'PITCH'],
      });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'koach', capacity: 4, topics: ['LINKEDIN', 'PITCH'] });
    const list = await request(suite.api).get('/v1/koachs?topic=PITCH').set(bearer(t.tours));
    expect(list.body.map((k: { _id: string }) => k._id)).toContain(res.body._id);
    // A Koach is not a Konnecteur.
    expect((await request(suite.api).get(`/v1/konnecteurs/${res.body._id}`).set(bearer(t.hq))).status).toBe(404);
  });

  it('When a Tours manager reads, lists, changes or attaches a Rennes Konnecteur, then it is refused or sees nothing', async () => {
    const id = (await request(suite.api).post('/v1/konnecteurs').set(bearer(t.rennes)).send(konnecteur())).body._id;
    expect((await request(suite.api).get(`/v1/konnecteurs/${id}`).set(bearer(t.tours))).status).toBe(404);
    const list = await request(suite.api).get('/v1/konnecteurs?perPage=100').set(bearer(t.tours));
    expect(list.body.map((k: { _id: string }) => k._id)).not.toContain(id);
    expect((await request(suite.api).patch(`/v1/konnecteurs/${id}`).set(bearer(t.tours)).send({ capacity: 2 })).status).toBe(404);
    expect((await request(suite.api).post('/v1/konnecteurs').set(bearer(t.tours)).send(konnecteur())).status).toBe(403);
  });

  it('When a Rennes manager updates a Konnecteur, then the change is kept; an empty update is 400', async () => {
    const id = (await request(suite.api).post('/v1/konnecteurs').set(bearer(t.rennes)).send(konnecteur())).body._id;
    const res = await request(suite.api).patch(`/v1/konnecteurs/${id}`).set(bearer(t.rennes)).send({ capacity: 2, active: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ capacity: 2, active: false });
    expect((await request(suite.api).patch(`/v1/konnecteurs/${id}`).set(bearer(t.rennes)).send({})).status).toBe(400);
  });
});
