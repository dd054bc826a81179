import { randomUUID } from 'node:crypto';
import request from 'supertest';
import pino from 'pino';
import { recruitmentV1 } from '@binome/contracts';
import { bearerMetadata, createClient, unaryCall } from '@binome/grpc';
import {
  bearer,
  inProcessSuite,
  minimalApplicationBody,
  partnerCompanyBody,
  promotionBody,
  testServiceConfig,
  uniqueId,
} from '@binome/testing';
import { createRecruitmentService } from '../../recruitment.service';

/**
 * The stored shape, without the outbox's bookkeeping: the relay leases and empties `_outbox`
 * whenever it runs, so whether `_outboxLeaseUntil` is there is a race, not the document's shape.
 */
const shapeOf = (doc: object | null | undefined) =>
  Object.keys(doc ?? {})
    .filter((k) => !k.startsWith('_outbox'))
    .sort();

/**
 * Issue 12, item 2: a valid import with only the required columns must store the same shape as
 * the API's create (explicit empty arrays), and every reader must cope with documents stored
 * before that fix (no arrays at all).
 */
describe('imported people have the shape the API creates, and old documents still read', () => {
  const service = createRecruitmentService(testServiceConfig('recruitment'), pino({ level: 'silent' }));
  const suite = inProcessSuite(service, { rennes: ['rennes', 'manager'], hq: ['national', 'hq'] });
  const t = suite.tokens;
  let promotionId: string;
  const companyId = uniqueId('manpower-');

  beforeAll(async () => {
    promotionId = (await request(suite.api).post('/v1/promotions').set(bearer(t.rennes)).send(promotionBody()).expect(201)).body._id;
    await request(suite.api)
      .post('/v1/partner-companies')
      .set(bearer(t.hq))
      .send(partnerCompanyBody({ id: companyId, name: 'Manpower' }))
      .expect(201);
  });

  const raw = (collection: string, id: string) =>
    service
      .context()
      .connection.db?.collection(collection)
      .findOne({ _id: id as never }) as Promise<Record<string, unknown> | null>;
  const grpc = async <Req, Res>(method: 'listMatchableVolunteers' | 'listMatchableBeneficiaries', req: Req): Promise<Res> => {
    const client = createClient(recruitmentV1.RecruitmentServiceClient, suite.grpcAddress);
    try {
      return await unaryCall<Req, Res>((client[method] as (...a: never[]) => unknown).bind(client) as never, req, bearerMetadata(t.rennes));
    } finally {
      client.close();
    }
  };
  const csv = (lines: string[]) => lines.join('\r\n') + '\r\n';
  const exportOf = (kind: string) => request(suite.api).get(`/v1/exports/${kind}.csv`).set(bearer(t.rennes));

  // Only the required columns (no languages, availability, strengths, preferred sectors).
  const VOLUNTEER_REQUIRED =
    'promotionId,companyId,firstName,lastName,email,jobTitle,sector,workplaceAddress,workplaceTown,commitmentAccepted,commitmentPlannedDays';
  const volunteerRow = (email: string) =>
    [promotionId, companyId, 'Luc', 'Morel', email, 'Recruteur', 'interim', '2 rue de Paris', 'Rennes', 'true', '3'].join(',');
  const CANDIDATE_REQUIRED = 'firstName,lastName,email,town,protectionStatus,frenchLevel,consentDataProcessing,noticeVersion';
  const candidateRow = (email: string) => ['Amal', 'Haddad', email, 'Rennes', 'refugee', 'A2', 'true', '2026-01'].join(',');

  it('When a volunteers file with only the required columns is imported, then each document has the arrays the API stores, and the export and ListMatchableVolunteers answer', async () => {
    const email = `${uniqueId('luc.')}@example.org`;
    const res = await request(suite.api)
      .post('/v1/imports/volunteers?territoryId=rennes&dryRun=false')
      .set(bearer(t.rennes))
      .set('content-type', 'text/csv')
      .send(csv([VOLUNTEER_REQUIRED, volunteerRow(email)]));
    expect(res.status).toBe(201);
    const stored = await raw('volunteers', res.body.ids[0]);
    expect(stored).toMatchObject({ languages: [], availability: [], strengths: [], preferences: { sectors: [] } });

    // The same person enrolled through the API: the import stores the same keys.
    const viaApi = await request(suite.api)
      .post('/v1/volunteers')
      .set(bearer(t.rennes))
      .send({
        territoryId: 'rennes',
        promotionId,
        companyId,
        firstName: 'Luc',
        lastName: 'Morel',
        email: `${uniqueId('api.')}@example.org`,
        jobTitle: 'Recruteur',
        sector: 'interim',
        workplace: { address: '2 rue de Paris', town: 'Rennes' },
        commitment: { accepted: true, plannedDays: 3 },
      });
    expect(viaApi.status).toBe(201);
    const created = await raw('volunteers', viaApi.body.id);
    expect(shapeOf(stored)).toEqual(shapeOf(created));

    const exported = await exportOf('volunteers');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.text).toContain(email);

    const listed = await grpc<recruitmentV1.ListMatchableVolunteersRequest, recruitmentV1.ListMatchableVolunteersResponse>(
      'listMatchableVolunteers',
      { territoryId: 'rennes', promotionId },
    );
    expect(listed.volunteers.find((v) => v.id === res.body.ids[0])).toMatchObject({ languages: [], availability: [], strengths: [] });
  });

  it('When a candidates file with only the required columns is imported, then each document has the arrays the public application stores, and the export answers', async () => {
    const email = `${uniqueId('amal.')}@example.org`;
    const res = await request(suite.api)
      .post('/v1/imports/candidates?territoryId=rennes&dryRun=false')
      .set(bearer(t.rennes))
      .set('content-type', 'text/csv')
      .send(csv([CANDIDATE_REQUIRED, candidateRow(email)]));
    expect(res.status).toBe(201);
    const stored = await raw('candidates', res.body.ids[0]);
    expect(stored).toMatchObject({ languages: [], experience: [], availability: [] });

    // Only the required fields, as the import's required columns.
    const viaApi = await request(suite.api)
      .post('/v1/applications')
      .send(
        minimalApplicationBody({
          firstName: 'Amal',
          lastName: 'Haddad',
          email: `${uniqueId('api.')}@example.org`,
          frenchLevel: 'A2',
          channel: 'other',
        }),
      );
    expect(viaApi.status).toBe(201);
    const created = await raw('candidates', viaApi.body.id);
    expect(shapeOf(stored)).toEqual(shapeOf(created));

    const exported = await exportOf('candidates');
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(email);
  });

  it('When documents stored before the fix have no arrays at all, then the lists, exports and gRPC read them with empty arrays', async () => {
    const now = new Date();
    const volunteerId = randomUUID();
    const candidateId = randomUUID();
    const db = service.context().connection.db;
    // Inserted with the driver, as the pre-fix import left them: no languages, availability, strengths, preferences, experience.
    await db?.collection('volunteers').insertOne({
      _id: volunteerId as never,
      territoryId: 'rennes',
      promotionId,
      companyId,
      status: 'enrolled',
      identity: { firstName: 'Old', lastName: 'Shape' },
      contact: { email: `${volunteerId}@example.org` },
      jobTitle: 'Recruteur',
      sector: 'interim',
      workplace: { address: '1 rue', town: 'Rennes' },
      capacity: 1,
      training: { attended: false },
      trained: false,
      commitment: { accepted: true, plannedDays: 3, acceptedAt: now },
      history: [{ status: 'enrolled', at: now, by: 'import' }],
      createdAt: now,
      updatedAt: now,
    });
    await db?.collection('candidates').insertOne({
      _id: candidateId as never,
      territoryId: 'rennes',
      status: 'admitted',
      revision: 3,
      promotionId,
      identity: { firstName: 'Old', lastName: 'Shape' },
      contact: { email: `${candidateId}@example.org`, town: 'Rennes' },
      protection: { status: 'refugee' },
      frenchLevel: 'A2',
      channel: 'other',
      consent: {
        dataProcessing: { given: true, at: now, noticeVersion: '2026-01' },
        partnerSharing: { given: false, at: now, noticeVersion: '2026-01' },
      },
      history: [{ status: 'applied', at: now, by: 'import' }],
      appliedAt: now,
    });

    const exported = await exportOf('volunteers');
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(`${volunteerId}@example.org`);
    expect((await exportOf('candidates')).status).toBe(200);

    const one = await request(suite.api).get(`/v1/volunteers/${volunteerId}`).set(bearer(t.rennes));
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ languages: [], availability: [], strengths: [], preferences: { sectors: [] } });
    const candidate = await request(suite.api).get(`/v1/candidates/${candidateId}`).set(bearer(t.rennes));
    expect(candidate.status).toBe(200);
    expect(candidate.body).toMatchObject({ languages: [], experience: [], availability: [], target: {}, situation: {} });

    const volunteers = await grpc<recruitmentV1.ListMatchableVolunteersRequest, recruitmentV1.ListMatchableVolunteersResponse>(
      'listMatchableVolunteers',
      { territoryId: 'rennes', promotionId },
    );
    expect(volunteers.volunteers.find((v) => v.id === volunteerId)).toMatchObject({ languages: [], availability: [], strengths: [] });
    const beneficiaries = await grpc<recruitmentV1.ListMatchableBeneficiariesRequest, recruitmentV1.ListMatchableBeneficiariesResponse>(
      'listMatchableBeneficiaries',
      { territoryId: 'rennes', promotionId },
    );
    expect(beneficiaries.beneficiaries.find((b) => b.id === candidateId)).toMatchObject({ languages: [], availability: [] });
  });
});
