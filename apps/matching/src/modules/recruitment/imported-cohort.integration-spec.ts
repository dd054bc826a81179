import request from 'supertest';
import pino from 'pino';
import {
  bearer,
  partnerCompanyBody,
  promotionBody,
  startInProcess,
  startService,
  testServiceConfig,
  tokensOf,
  uniqueId,
  type ServiceProcess,
} from '@binome/testing';
import { createMatchingService } from '../../matching.service';

/**
 * Issue 12, item 2, across services: volunteers imported into recruitment with only the required
 * columns must be readable by matching. Recruitment runs as its own process (apps do not import
 * apps), matching in this process, each with its own database, against the real Kafka, database
 * and Keycloak.
 */
describe('matching reads a cohort imported into recruitment by CSV', () => {
  const run = uniqueId('imp');
  let recruitment: ServiceProcess;
  let matching: ReturnType<typeof createMatchingService>;
  let api: string;
  let rennes: string;
  let hq: string;

  beforeAll(async () => {
    recruitment = await startService('recruitment', {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      MONGO_DB: `test_${run}_recruitment`,
      KAFKA_GROUP_PREFIX: `${run}-`,
    });
    matching = createMatchingService(
      testServiceConfig('matching', { PEERS: `recruitment=127.0.0.1:${recruitment.grpcPort}` }),
      pino({ level: 'silent' }),
    );
    ({ api } = await startInProcess(matching));
    ({ rennes, hq } = await tokensOf({ rennes: ['rennes', 'manager'], hq: ['national', 'hq'] }));
  }, 120_000);

  afterAll(async () => {
    await matching?.context().connection.dropDatabase();
    await matching?.stop();
    await recruitment?.stop();
  });

  const recruitmentApi = () => `http://127.0.0.1:${recruitment.httpPort}`;

  it("When volunteers are imported with only the required columns, then the promotion's proposal runs (not 503) and counts them, and its explanations answer", async () => {
    const promotion = await request(recruitmentApi())
      .post('/v1/promotions')
      .set(bearer(rennes))
      .send(promotionBody({ name: `Rennes ${run}` }));
    expect(promotion.status).toBe(201);
    const promotionId: string = promotion.body._id;
    const companyId = uniqueId('manpower-');
    await request(recruitmentApi())
      .post('/v1/partner-companies')
      .set(bearer(hq))
      .send(partnerCompanyBody({ id: companyId, name: 'Manpower' }))
      .expect(201);

    // The exact request of the report: required columns only, dryRun=false.
    const file =
      [
        'promotionId,companyId,firstName,lastName,email,jobTitle,sector,workplaceAddress,workplaceTown,commitmentAccepted,commitmentPlannedDays',
        `${promotionId},${companyId},Luc,Morel,${run}.luc@example.org,Recruteur,interim,2 rue de Paris,Rennes,true,3`,
        `${promotionId},${companyId},Léa,Roux,${run}.lea@example.org,Comptable,finance,1 place de Bretagne,Rennes,true,2`,
      ].join('\r\n') + '\r\n';
    const imported = await request(recruitmentApi())
      .post('/v1/imports/volunteers?territoryId=rennes&dryRun=false')
      .set(bearer(rennes))
      .set('content-type', 'text/csv')
      .send(file);
    expect(imported.status).toBe(201);

    const proposal = await request(api).post(`/v1/promotions/${promotionId}/proposals`).set(bearer(rennes)).send({ territoryId: 'rennes' });
    expect(proposal.status).toBe(201);
    expect(proposal.body.volunteersWithFreeCapacity).toEqual(expect.arrayContaining(imported.body.ids));

    const explanations = await request(api).get(`/v1/promotions/${promotionId}/explanations?beneficiaryId=nobody`).set(bearer(rennes));
    expect(explanations.status).toBeLessThan(500);
  });
});
