import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { randomBytes } from 'node:crypto';

export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');

export const testKafka = () => new Kafka({ clientId: 'binome-tests', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });

/**
 * How far back a read starts, per partition. The services' own topics are shared by every test run
 * against the same broker (a developer's machine keeps tens of thousands of messages): a test looks
 * for what it has just caused, so reading the whole history would only make it slower, and time out.
 */
const RECENT_PER_PARTITION = 3_000;

/**
 * Reads a topic with a fresh group, from its last `RECENT_PER_PARTITION` messages per partition
 * (all of a test's own topic), until `until` holds for the messages seen, or fails after
 * `timeoutMs`. Returns the messages seen.
 */
export async function readTopic(topic: string, until: (seen: KafkaMessage[]) => boolean, timeoutMs = 20_000): Promise<KafkaMessage[]> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  const existing = await admin.listTopics();
  if (!existing.includes(topic)) await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  const starts = (await admin.fetchTopicOffsets(topic)).map((p) => ({
    partition: p.partition,
    offset: String(Math.max(Number(p.low), Number(p.high) - RECENT_PER_PARTITION)),
  }));
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
      for (const { partition, offset } of starts) consumer.seek({ topic, partition, offset });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}
