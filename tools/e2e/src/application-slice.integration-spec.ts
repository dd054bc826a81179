import { bearer, consentBody, eventually, minimalApplicationBody, uniqueId, userToken } from '@binome/testing';
import { startOtlpReceiver, startService, type OtlpSpan, type ServiceProcess } from './platform';

/**
 * The slice through every layer, with the services as real processes: a person applies on
 * recruitment's public REST API → MongoDB with the event in the outbox → Kafka → impact counts it →
 * a Tours manager reads the count. The trace of the HTTP request reaches impact's consumer.
 */
describe('application slice, end to end', () => {
  const run = uniqueId('e2e');
  let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let recruitment: ServiceProcess;
  let impact: ServiceProcess;

  beforeAll(async () => {
    otlp = await startOtlpReceiver();
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      LOG_LEVEL: 'warn',
      KAFKA_GROUP_PREFIX: `${run}-`,
      NODE_ENV: 'test',
    };
    [recruitment, impact] = await Promise.all([
      startService('recruitment', { ...env, MONGO_DB: `${run}_recruitment` }),
      startService('impact', { ...env, MONGO_DB: `${run}_impact` }),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([recruitment?.stop(), impact?.stop()]);
    await otlp?.close();
  });

  it('When a person applies in Tours, then impact counts it, a Tours manager reads it, and one trace spans both services', async () => {
    const res = await fetch(`http://127.0.0.1:${recruitment.httpPort}/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        minimalApplicationBody({
          territoryId: 'tours',
          firstName: 'Yonas',
          lastName: 'Tesfaye',
          email: `${run}@example.org`,
          town: 'Tours',
          protectionStatus: 'subsidiary_protection',
          languages: [{ language: 'ti', level: 'native' }],
          frenchLevel: 'A2',
          channel: 'partner_referral',
          referringPartnerId: 'cirefe',
          consent: consentBody(true),
        }),
      ),
    });
    expect(res.status).toBe(201);

    const token = await userToken('tours', 'manager');
    const count = await eventually(
      async () => {
        const r = await fetch(`http://127.0.0.1:${impact.httpPort}/v1/territories/tours/application-count`, { headers: bearer(token) });
        const body = (await r.json()) as { count: number };
        return body.count >= 1 ? body.count : undefined;
      },
      30_000,
      'impact to count the application',
    );
    expect(count).toBeGreaterThanOrEqual(1);

    const parisToken = await userToken('paris', 'manager');
    const refused = await fetch(`http://127.0.0.1:${impact.httpPort}/v1/territories/tours/application-count`, {
      headers: bearer(parisToken),
    });
    expect(refused.status).toBe(403);

    const trace = await eventually(
      async () => {
        const root = otlp.spans.find(
          (s) => s.service === 'recruitment' && s.kind === 2 && String(s.attributes['http.route'] ?? s.name).includes('/v1/applications'),
        );
        if (!root) return undefined;
        const inTrace = otlp.spans.filter((s) => s.traceId === root.traceId);
        // Spans are exported in batches as they end, children before their parent: wait for the
        // consumer's own span, not just any span of impact's.
        return inTrace.some((s) => s.service === 'impact' && s.name === 'binome.events.v1.CandidateApplied process') ? inTrace : undefined;
      },
      30_000,
      'a trace from recruitment HTTP to impact consumer',
    );
    const names = (service: string) => trace.filter((s: OtlpSpan) => s.service === service).map((s) => s.name);
    expect(names('recruitment')).toEqual(expect.arrayContaining(['outbox publish']));
    expect(names('impact')).toEqual(expect.arrayContaining(['binome.events.v1.CandidateApplied process']));
    // Spans carry no personal data.
    expect(JSON.stringify(trace)).not.toMatch(/Yonas|Tesfaye|example\.org/);
  });

  it('When the services receive SIGTERM, then they drain and exit cleanly', async () => {
    expect(await recruitment.stop()).toBe(0);
    expect(await impact.stop()).toBe(0);
  });
});
