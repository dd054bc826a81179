import { matchingEvents } from '@binome/contracts';
import { decodeEnvelope, TOPICS } from '@binome/events';
import {
  bearer,
  interviewBody,
  partnerCompanyBody,
  promotionBody,
  readTopic,
  readyToMatchApplicationBody,
  readyToMatchVolunteerBody,
  screeningBody,
  uniqueId,
  userToken,
} from '@binome/testing';
import { startService, type ServiceProcess } from './platform';

/**
 * The matching slice with both services as real processes: a Rennes manager plans a promotion and
 * takes two people through recruitment's intake to admission, enrols three volunteers (two
 * trained), then matching reads the cohort from recruitment over gRPC (with the manager's token),
 * proposes the optimal pairs, and the approval of a pair reaches Kafka as PairConfirmed.
 */
describe('matching slice, end to end', () => {
  const run = uniqueId('e2e');
  let recruitment: ServiceProcess;
  let matching: ServiceProcess;
  let rennes: string;

  beforeAll(async () => {
    const env = { LOG_LEVEL: 'warn', KAFKA_GROUP_PREFIX: `${run}-`, NODE_ENV: 'test' };
    recruitment = await startService('recruitment', { ...env, MONGO_DB: `${run}_recruitment` });
    matching = await startService('matching', {
      ...env,
      MONGO_DB: `${run}_matching`,
      PEERS: `recruitment=127.0.0.1:${recruitment.grpcPort}`,
    });
    rennes = await userToken('rennes', 'manager');
  }, 120_000);

  afterAll(async () => {
    await Promise.all([matching?.stop(), recruitment?.stop()]);
  });

  async function call(service: ServiceProcess, method: string, path: string, body?: unknown, token: string | null = rennes) {
    const res = await fetch(`http://127.0.0.1:${service.httpPort}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? bearer(token) : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }
  const ok = async (p: Promise<{ status: number; body: { id?: string } & Record<string, unknown> }>, expected: number) => {
    const res = await p;
    if (res.status !== expected) throw new Error(`expected ${expected}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it("When a promotion is recruited and matched, then matching proposes the optimal pairs from recruitment's cohort and an approval publishes PairConfirmed", async () => {
    // 1. Recruitment: a promotion open for recruiting.
    const promotion = await ok(call(recruitment, 'POST', '/v1/promotions', promotionBody({ name: `Rennes ${run}` })), 201);
    const promotionId = promotion._id as string;
    await ok(call(recruitment, 'POST', `/v1/promotions/${promotionId}/transitions`, { to: 'recruiting' }), 200);

    // 2. Two people through the 4-step intake to admission.
    const admit = async (targetTrade: string, targetSector: string) => {
      const applied = await ok(
        call(
          recruitment,
          'POST',
          '/v1/applications',
          readyToMatchApplicationBody({ email: `${uniqueId('p.')}@example.org`, targetTrade, targetSector }),
          null,
        ),
        201,
      );
      const id = applied.id as string;
      await ok(call(recruitment, 'POST', `/v1/candidates/${id}/screening`, screeningBody({ notes: undefined })), 200);
      await ok(
        call(
          recruitment,
          'POST',
          `/v1/candidates/${id}/interview`,
          interviewBody({ need: { score: 4 }, workshopNeeds: ['CV', 'NETWORK'], notes: undefined }),
        ),
        200,
      );
      await ok(call(recruitment, 'POST', `/v1/candidates/${id}/decision`, { outcome: 'admitted', promotionId }), 200);
      return id;
    };
    const accountant = await admit('M1607', 'finance');
    const driver = await admit('N4101', 'transport');

    // 3. A partner company and three volunteers, two of them trained.
    const companyId = uniqueId('sncf-');
    await ok(
      call(recruitment, 'POST', '/v1/partner-companies', partnerCompanyBody({ id: companyId }), await userToken('national', 'hq')),
      201,
    );
    const enrol = async (trade: string, sector: string, trained: boolean) => {
      const v = await ok(
        call(
          recruitment,
          'POST',
          '/v1/volunteers',
          readyToMatchVolunteerBody({
            promotionId,
            companyId,
            email: `${uniqueId('v.')}@sncf.example`,
            sector,
            trade,
            strengths: ['CV', 'NETWORK'],
          }),
        ),
        201,
      );
      if (trained)
        await ok(call(recruitment, 'POST', `/v1/volunteers/${v.id}/transitions`, { to: 'trained', attendedOn: '2027-01-16' }), 200);
      return v.id as string;
    };
    const accountantMentor = await enrol('M1607', 'finance', true);
    const driverMentor = await enrol('N4101', 'transport', true);
    const untrainedAccountant = await enrol('M1607', 'finance', false);

    // 4. Matching: the proposal pairs each person with the trained volunteer of their trade.
    const proposal = await ok(call(matching, 'POST', `/v1/promotions/${promotionId}/proposals`, { territoryId: 'rennes' }), 201);
    const pairs = proposal.pairs as { id: string; beneficiaryId: string; volunteerId: string }[];
    expect(pairs.map((p) => `${p.beneficiaryId}:${p.volunteerId}`).sort()).toEqual(
      [`${accountant}:${accountantMentor}`, `${driver}:${driverMentor}`].sort(),
    );
    expect(proposal.unmatchedBeneficiaryIds).toEqual([]);
    const why = await ok(
      call(matching, 'GET', `/v1/promotions/${promotionId}/explanations?beneficiaryId=${accountant}&volunteerId=${untrainedAccountant}`),
      200,
    );
    expect(why).toMatchObject({ kind: 'forbidden', rule: 'volunteer-trained' });

    // 5. Approval → PairConfirmed on Kafka, ids only.
    const pair = pairs.find((p) => p.beneficiaryId === accountant);
    if (!pair) throw new Error('no pair for the accountant');
    expect(await ok(call(matching, 'POST', `/v1/pairs/${pair.id}/approve`), 200)).toMatchObject({ status: 'confirmed' });
    const seen = await readTopic(
      TOPICS.matching,
      (m) => m.some((x) => x.key?.toString() === pair.id && decodeEnvelope(x.value).type === 'binome.events.v1.PairConfirmed'),
      30_000,
    );
    const envelope = decodeEnvelope(
      seen
        .filter((x) => x.key?.toString() === pair.id)
        .map((x) => x.value)
        .find((v) => decodeEnvelope(v).type.endsWith('PairConfirmed')) ?? null,
    );
    expect(matchingEvents.PairConfirmed.decode(envelope.payload)).toEqual({
      pairId: pair.id,
      territoryId: 'rennes',
      promotionId,
      beneficiaryId: accountant,
      volunteerId: accountantMentor,
    });

    // A Tours manager sees none of it.
    const tours = await userToken('tours', 'manager');
    expect((await call(matching, 'GET', `/v1/pairs/${pair.id}`, undefined, tours)).status).toBe(404);
  });

  it('When the services receive SIGTERM, then they drain and exit cleanly', async () => {
    expect(await matching.stop()).toBe(0);
    expect(await recruitment.stop()).toBe(0);
  });
});
