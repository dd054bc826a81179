import { testKafka, uniqueId } from '@binome/testing';
import { ensureTopics } from './kafka';

describe('ensureTopics on the broker', () => {
  it('When several services create the same fresh topics at once, then each returns only once every partition is led and writable', async () => {
    const kafka = testKafka();
    const topics = Array.from({ length: 12 }, (_, i) => `binome.test-ensure-${uniqueId()}-${i}.v1`);
    const admins = Array.from({ length: 4 }, () => kafka.admin());
    await Promise.all(admins.map((a) => a.connect()));
    const producer = kafka.producer();
    await producer.connect();
    try {
      // Four start-ups racing, as the services of a platform do when started together.
      await Promise.all(admins.map((a) => ensureTopics(a, topics)));
      const metadata = await admins[0].fetchTopicMetadata({ topics });
      expect(metadata.topics.map((t) => [t.name, t.partitions.length, t.partitions.every((p) => p.leader >= 0)]).sort()).toEqual(
        [...topics].sort().map((t) => [t, 3, true]),
      );
      // Writable at once: no retry needed by the first publisher.
      const sent = await producer.send({ topic: topics[0], acks: -1, messages: [{ key: 'k', value: 'v' }] });
      expect(sent[0].errorCode).toBe(0);
    } finally {
      await producer.disconnect();
      await Promise.all(admins.map((a) => a.disconnect()));
    }
  });
});
