import { Kafka, logLevel, type Admin, type KafkaMessage } from 'kafkajs';
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
 * The partitions' offsets; a topic just created (or auto-created by a producer) may not have its
 * leaders elected yet ("not the leader for that topic-partition"): asked again for a few seconds,
 * then none, so the read starts from the beginning as a fresh group would.
 */
async function recentOffsets(admin: Admin, topic: string): Promise<{ partition: number; low: string; high: string }[]> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return [];
}

/**
 * Reads a topic with a fresh group, from its last `RECENT_PER_PARTITION` messages per partition
 * (all of a test's own topic), until `until` holds for the messages seen, or fails after
 * `timeoutMs`. Returns the messages seen.
 */
export async function readTopic(topic: string, until: (seen: KafkaMessage[]) => boolean, timeoutMs = 20_000): Promise<KafkaMessage[]> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  let starts: { partition: number; offset: string }[];
  try {
    // Not `waitForLeaders`: kafkajs gives up on the "unknown topic" a broker answers for a moment
    // after creation; `recentOffsets` asks again instead.
    const existing = await admin.listTopics();
    if (!existing.includes(topic)) await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: false });
    starts = (await recentOffsets(admin, topic)).map((p) => ({
      partition: p.partition,
      offset: String(Math.max(Number(p.low), Number(p.high) - RECENT_PER_PARTITION)),
    }));
  } finally {
    // Left open, the admin's connection would keep Jest from exiting when a step above throws.
    await admin.disconnect();
  }
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
