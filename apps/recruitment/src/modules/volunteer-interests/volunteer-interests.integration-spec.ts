import request from 'supertest';
import pino from 'pino';
import { bearer, inProcessSuite, partnerCompanyBody, promotionBody, testServiceConfig, uniqueId, volunteerBody } from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

/**
 * An employee's offer to volunteer (the volunteers' public page) against the real database and
 * real tokens of each realm: recorded with its consent without a token, read and answered by the
 * staff of its territory only, and left without personal data once answered.
 */
describe('volunteer interests against the real database and Keycloak', () => {
  const suite = inProcessSuite(createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' })), {
    rennes: ['rennes', 'manager'],
    tours: ['tours', 'manager'],
    hq: ['national', 'hq'],
    volunteer: ['rennes', 'volunteer'],
  });
  const t = suite.tokens;

  const offer = (overrides: Record<string, unknown> = {}) => ({
    territoryId: 'rennes',
    firstName: 'Claire',
    lastName: 'Martin',
    email: `${uniqueId('claire.')}@sncf.example`,
    companyName: 'SNCF',
    jobTitle: 'Comptable',
    availability: ['tue-pm', 'thu-am'],
    message: 'Disponible à partir de janvier',
    consent: { dataProcessing: true, noticeVersion: '2026-12' },
    ...overrides,
  });
  const express = (body: object) => request(suite.api).post('/v1/volunteer-interests').send(body);
  const fields = (res: request.Response) => (res.body.errors ?? []).map((e: { field: string }) => e.field);

  it('When an employee offers to volunteer without a token, then it is recorded with its consent, once', async () => {
    const body = offer();
    const res = await express(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), status: 'new', territoryId: 'rennes' });
    const got = await request(suite.api).get(`/v1/volunteer-interests/${res.body.id}`).set(bearer(t.rennes));
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      status: 'new',
      person: { firstName: 'Claire', email: body.email, companyName: 'SNCF', availability: ['tue-pm', 'thu-am'] },
      consent: { dataProcessing: { given: true, noticeVersion: '2026-12' } },
    });
    // The same person again while the first waits for an answer: a conflict, nothing doubled.
    const again = await express({ ...body, email: body.email.toUpperCase() });
    expect({ status: again.status, type: again.headers['content-type'] }).toEqual({
      status: 409,
      type: expect.stringMatching(/problem\+json/),
    });
    const list = await request(suite.api).get('/v1/volunteer-interests?status=new&perPage=100').set(bearer(t.rennes));
    expect(list.body.filter((i: { person?: { email: string } }) => i.person?.email === body.email)).toHaveLength(1);
  });

  it.each([
    ['body.consent.dataProcessing', { consent: { dataProcessing: false, noticeVersion: '2026-12' } }],
    ['body.consent.noticeVersion', { consent: { dataProcessing: true, noticeVersion: 'v1' } }],
    ['body.email', { email: 'claire@' }],
    ['body.territoryId', { territoryId: 'lyon' }],
    ['body.companyName', { companyName: undefined }],
    ['body.availability.0', { availability: ['someday'] }],
    ['body.firstName', { firstName: 'Cl\u202eaire' }],
    ['body', { salary: 1 }],
  ])('When an offer has a bad value, then 400 names %s and nothing is recorded', async (field, overrides) => {
    const body = offer(overrides);
    const res = await express(body);
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status: 400,
      type: expect.stringMatching(/problem\+json/),
    });
    expect(fields(res)).toContain(field);
  });

  it('When staff of another territory or a volunteer read or answer a Rennes offer, then it is hidden or refused; HQ sees it', async () => {
    const id = (await express(offer())).body.id as string;
    expect((await request(suite.api).get(`/v1/volunteer-interests/${id}`).set(bearer(t.tours))).status).toBe(404);
    const toursList = await request(suite.api).get('/v1/volunteer-interests?perPage=100').set(bearer(t.tours));
    expect(toursList.status).toBe(200);
    expect(toursList.body.map((i: { id: string }) => i.id)).not.toContain(id);
    const filtered = await request(suite.api).get('/v1/volunteer-interests?territoryId=rennes').set(bearer(t.tours));
    expect(filtered.body.map((i: { id: string }) => i.id)).not.toContain(id);
    const decline = await request(suite.api)
      .post(`/v1/volunteer-interests/${id}/decision`)
      .set(bearer(t.tours))
      .send({ outcome: 'declined' });
    expect(decline.status).toBe(404);
    expect((await request(suite.api).get(`/v1/volunteer-interests/${id}`).set(bearer(t.volunteer))).status).toBe(403);
    expect((await request(suite.api).get(`/v1/volunteer-interests/${id}`).set(bearer(t.hq))).body).toMatchObject({ status: 'new' });
    expect((await request(suite.api).get(`/v1/volunteer-interests/${id}`).set(bearer(t.rennes))).body).toMatchObject({ status: 'new' });
  });

  it('When staff decline an offer, then its personal data is gone and a second answer is a conflict', async () => {
    const id = (await express(offer())).body.id as string;
    const res = await request(suite.api).post(`/v1/volunteer-interests/${id}/decision`).set(bearer(t.rennes)).send({ outcome: 'declined' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'declined', decision: { outcome: 'declined' } });
    expect(res.body.person).toBeUndefined();
    const got = await request(suite.api).get(`/v1/volunteer-interests/${id}`).set(bearer(t.rennes));
    expect(got.body.person).toBeUndefined();
    expect(JSON.stringify(got.body)).not.toMatch(/Claire|Martin|sncf\.example/);
    const again = await request(suite.api)
      .post(`/v1/volunteer-interests/${id}/decision`)
      .set(bearer(t.rennes))
      .send({ outcome: 'declined' });
    expect(again.status).toBe(409);
  });

  it('When staff enrol the person, then the offer points at their volunteer record of the same territory, and only such a record', async () => {
    const companyId = uniqueId('sncf-');
    await request(suite.api)
      .post('/v1/partner-companies')
      .set(bearer(t.hq))
      .send(partnerCompanyBody({ id: companyId, territoryId: ['rennes', 'tours'] }))
      .expect(201);
    const promotion = async (token: string, territoryId: string) =>
      (await request(suite.api).post('/v1/promotions').set(bearer(token)).send(promotionBody({ territoryId }))).body._id as string;
    const enrol = async (token: string, territoryId: string) =>
      (
        await request(suite.api)
          .post('/v1/volunteers')
          .set(bearer(token))
          .send(volunteerBody({ territoryId, promotionId: await promotion(token, territoryId), companyId }))
          .expect(201)
      ).body._id as string;
    const rennesVolunteer = await enrol(t.rennes, 'rennes');
    const toursVolunteer = await enrol(t.tours, 'tours');
    const id = (await express(offer())).body.id as string;
    const decide = (body: object) => request(suite.api).post(`/v1/volunteer-interests/${id}/decision`).set(bearer(t.rennes)).send(body);

    const foreign = await decide({ outcome: 'enrolled', volunteerId: toursVolunteer });
    expect({ status: foreign.status, fields: fields(foreign) }).toEqual({ status: 400, fields: ['body.volunteerId'] });
    const missing = await decide({ outcome: 'enrolled' });
    expect({ status: missing.status, fields: fields(missing) }).toEqual({ status: 400, fields: ['body.volunteerId'] });
    const res = await decide({ outcome: 'enrolled', volunteerId: rennesVolunteer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'enrolled', decision: { outcome: 'enrolled', volunteerId: rennesVolunteer } });
    expect(res.body.person).toBeUndefined();
  });
});
