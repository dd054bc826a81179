import { Kafka, logLevel, type Admin, type ITopicConfig } from 'kafkajs';
import type { Logger } from '@binome/logging';

export function createKafka(clientId: string, brokers: string[], logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator:
      () =>
      ({ level, log }) => {
        const { message, error } = log;
        const fields = { kafka: { error } };
        if (level === logLevel.ERROR) logger.error(fields, message);
        else if (level === logLevel.WARN) logger.warn(fields, message);
      },
  });
}

/** Errors a broker answers while a topic it was just told about is not yet in its metadata cache. */
const NOT_YET_KNOWN = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

type TopicMetadata = { topics: { name: string; partitions: { leader: number }[] }[] };

/**
 * Polls `fetchMetadata` until every topic has all its partitions led, retrying the answers a
 * broker gives while a topic just created is not yet known to it. kafkajs's own
 * `createTopics({ waitForLeaders: true })` retries only LEADER_NOT_AVAILABLE and gives up on
 * UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker answers for a moment after creation; one such
 * answer stopped a service's start-up in CI.
 */
export async function waitForTopicLeaders(
  fetchMetadata: () => Promise<TopicMetadata>,
  topics: string[],
  { timeoutMs = 30_000, delayMs = 100 }: { timeoutMs?: number; delayMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let waitingFor: string;
    try {
      const metadata = await fetchMetadata();
      const led = new Set(
        metadata.topics.filter((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)).map((t) => t.name),
      );
      const unled = topics.filter((t) => !led.has(t));
      if (!unled.length) return;
      waitingFor = `no leader yet for ${unled.join(', ')}`;
    } catch (e) {
      const type = (e as { type?: string }).type;
      if (!type || !NOT_YET_KNOWN.has(type)) throw e;
      waitingFor = type;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for topic leaders (${waitingFor})`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

/**
 * Creates missing topics (3 partitions: one aggregate's events stay on one partition by key) and
 * waits until every topic named has a leader for each partition. A topic named twice (a service
 * that publishes to a topic it also consumes) is created once; a topic another instance creates at
 * the same moment is not an error.
 */
export async function ensureTopics(admin: Admin, topics: string[], numPartitions = 3): Promise<void> {
  const wanted = [...new Set(topics)];
  if (!wanted.length) return;
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = wanted.filter((t) => !existing.has(t)).map((topic) => ({ topic, numPartitions, replicationFactor: -1 }));
  // kafkajs answers false (no throw) when every topic already exists: another instance was first.
  if (missing.length) await admin.createTopics({ topics: missing, waitForLeaders: false });
  await waitForTopicLeaders(() => admin.fetchTopicMetadata({ topics: wanted }), wanted);
}

export async function kafkaReady(admin: Admin): Promise<boolean> {
  await admin.describeCluster();
  return true;
}
