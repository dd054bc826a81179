import { Kafka, logLevel } from 'kafkajs';
import { eventually, testKafka, uniqueId } from '@binome/testing';

// Partners reach Kafka on the SASL/SCRAM listener (tools/infra/infra.sh), with accounts and ACLs
// provisioned from deploy/kafka/partners.txt: each reads only binome.referrals.v1.<partner>.
const PARTNER_BROKERS = (process.env.KAFKA_PARTNER_BROKERS ?? '127.0.0.1:19094').split(',');

const partnerKafka = (partner: string, password = `partner-${partner}-dev`) =>
  new Kafka({
    clientId: `partner-${partner}`,
    brokers: PARTNER_BROKERS,
    sasl: { mechanism: 'scram-sha-256', username: `partner-${partner}`, password },
    logLevel: logLevel.NOTHING,
    retry: { retries: 1, initialRetryTime: 100 },
  });

/** Reads the topic until a message satisfies `until` (the first one when omitted). */
async function consumeFirst(
  kafka: Kafka,
  topic: string,
  groupId: string,
  until: (value: string) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<string> {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message')), timeoutMs);
      // Authorisation failures while joining the group surface as a crash, not as run()'s rejection.
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        reject(payload.error);
      });
      consumer
        .run({
          eachMessage: async ({ message }) => {
            if (!until(String(message.value))) return;
            clearTimeout(timer);
            resolve(String(message.value));
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

describe('partner access to Kafka (SASL/SCRAM and ACLs on the real broker)', () => {
  const marker = uniqueId('referral-');

  beforeAll(async () => {
    const producer = testKafka().producer({ allowAutoTopicCreation: true });
    await producer.connect();
    await producer.send({ topic: 'binome.referrals.v1.cirefe', messages: [{ key: marker, value: marker }] });
    await producer.send({ topic: 'binome.recruitment.v1', messages: [{ key: marker, value: 'internal' }] });
    await producer.disconnect();
  });

  it('When CIREFE reads its own referral topic with its credentials, then it receives the referrals', async () => {
    // The topic also carries real referrals from other tests: read until this test's marker.
    const value = await eventually(
      () => consumeFirst(partnerKafka('cirefe'), 'binome.referrals.v1.cirefe', `partner-cirefe-${marker}`, (v) => v === marker),
      30_000,
    );
    expect(value).toBe(marker);
  });

  it('When CIREFE credentials try to read binome.recruitment.v1, then the broker refuses', async () => {
    await expect(consumeFirst(partnerKafka('cirefe'), 'binome.recruitment.v1', `partner-cirefe-${marker}-x`)).rejects.toThrow(/authoriz/i);
  });

  it("When France Travail credentials try to read CIREFE's referrals, then the broker refuses", async () => {
    await expect(
      consumeFirst(partnerKafka('france-travail'), 'binome.referrals.v1.cirefe', `partner-france-travail-${marker}`),
    ).rejects.toThrow(/authoriz/i);
  });

  it('When CIREFE uses a consumer group outside its prefix, then the broker refuses', async () => {
    // kafkajs reports the broker's GROUP_AUTHORIZATION_FAILED on FindCoordinator as "Failed to find group coordinator".
    await expect(consumeFirst(partnerKafka('cirefe'), 'binome.referrals.v1.cirefe', `someone-else-${marker}`)).rejects.toThrow(
      /authoriz|group coordinator/i,
    );
  });

  it('When the password is wrong, then authentication fails', async () => {
    const admin = partnerKafka('cirefe', 'not-the-password').admin();
    await expect(admin.connect()).rejects.toThrow(/SASL|authentica/i);
    await admin.disconnect();
  });
});
