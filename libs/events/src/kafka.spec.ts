import { waitForTopicLeaders } from './kafka';

const brokerError = (type: string) => Object.assign(new Error(type), { type });
const led = (...names: string[]) => ({ topics: names.map((name) => ({ name, partitions: [{ leader: 1 }, { leader: 1 }] })) });

describe('waiting for the leaders of topics just created', () => {
  it('When the broker does not know a topic yet, then it asks again until every partition is led', async () => {
    const answers = [
      () => Promise.reject(brokerError('UNKNOWN_TOPIC_OR_PARTITION')),
      () => Promise.reject(brokerError('LEADER_NOT_AVAILABLE')),
      () => Promise.resolve({ topics: [{ name: 'a', partitions: [{ leader: 1 }, { leader: -1 }] }] }),
      () => Promise.resolve(led('a')),
    ];
    let asked = 0;
    await waitForTopicLeaders(() => answers[asked++](), ['a'], { delayMs: 1 });
    expect(asked).toBe(4);
  });

  it('When a topic named is missing from the answer, then it is not taken as led', async () => {
    let asked = 0;
    await waitForTopicLeaders(() => Promise.resolve(++asked < 3 ? led('a') : led('a', 'b')), ['a', 'b'], { delayMs: 1 });
    expect(asked).toBe(3);
  });

  it('When the broker answers another error, then it is thrown at once', async () => {
    let asked = 0;
    const fetch = () => {
      asked++;
      return Promise.reject(brokerError('TOPIC_AUTHORIZATION_FAILED'));
    };
    await expect(waitForTopicLeaders(fetch, ['a'], { delayMs: 1 })).rejects.toThrow('TOPIC_AUTHORIZATION_FAILED');
    expect(asked).toBe(1);
  });

  it('When leaders never come, then it fails after the timeout naming what it waited for', async () => {
    const fetch = () => Promise.reject(brokerError('UNKNOWN_TOPIC_OR_PARTITION'));
    await expect(waitForTopicLeaders(fetch, ['a'], { timeoutMs: 30, delayMs: 5 })).rejects.toThrow(
      /timed out .*\(UNKNOWN_TOPIC_OR_PARTITION\)/,
    );
  });
});
