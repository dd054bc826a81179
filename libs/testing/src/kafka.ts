import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { randomBytes } from 'node:crypto';

export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');

export const testKafka = () => new Kafka({ clientId: 'binome-tests', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });

/**
 * Reads a topic from the beginning with a fresh group until `until` holds for the messages seen,
 * or fails after `timeoutMs`. Returns the messages seen.
 */
export async function readTopic(topic: string, until: (seen: KafkaMessage[]) => boolean, timeoutMs = 20_000): Promise<KafkaMessage[]> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  const existing = await admin.listTopics();
  if (!existing.includes(topic)) await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(4).toString('hex')}` });
  const seen: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}: saw ${seen.length} messages`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            seen.push(message);
            if (until(seen)) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}
