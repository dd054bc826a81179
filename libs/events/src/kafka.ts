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

/**
 * Creates missing topics (3 partitions: one aggregate's events stay on one partition by key). A
 * topic named twice (a service that publishes to a topic it also consumes) is created once.
 */
export async function ensureTopics(admin: Admin, topics: string[], numPartitions = 3): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = [...new Set(topics)]
    .filter((t) => !existing.has(t))
    .map((topic) => ({ topic, numPartitions, replicationFactor: -1 }));
  if (missing.length) await admin.createTopics({ topics: missing, waitForLeaders: true });
}

export async function kafkaReady(admin: Admin): Promise<boolean> {
  await admin.describeCluster();
  return true;
}
