import pino from 'pino';
import { DeliveryDispatcher } from './delivery.dispatcher';
import type { WebhookStore } from './webhook.store';

// The polling loop alone: a store with nothing due, counting the claims (one per idle pass).
function idleStore() {
  const claims: number[] = [];
  const store = {
    deliveries: {
      findOneAndUpdate: () => {
        claims.push(Date.now());
        return { lean: async () => null };
      },
    },
  } as unknown as WebhookStore;
  return { store, claims };
}

const options = {
  pollMs: 100,
  maxPollMs: 1_600,
  retryBaseMs: 1_000,
  retryMaxMs: 10_000,
  maxAttempts: 3,
  timeoutMs: 1_000,
  allowInsecureTargets: true,
};

describe('DeliveryDispatcher polling', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('When nothing is due, then it waits twice as long after each idle pass, up to maxPollMs', async () => {
    const { store, claims } = idleStore();
    const dispatcher = new DeliveryDispatcher(store, options, pino({ level: 'silent' }));
    dispatcher.start();
    await jest.advanceTimersByTimeAsync(10_000);
    await dispatcher.stop();
    const waits = claims.slice(1).map((t, i) => t - claims[i]);
    expect(waits.slice(0, 6)).toEqual([100, 200, 400, 800, 1_600, 1_600]);
    // A fixed 100 ms poll would have made 100 passes.
    expect(claims.length).toBeLessThan(15);
  });

  it('When nudged, then it looks at once and polls at pollMs again', async () => {
    const { store, claims } = idleStore();
    const dispatcher = new DeliveryDispatcher(store, options, pino({ level: 'silent' }));
    dispatcher.start();
    await jest.advanceTimersByTimeAsync(5_000);
    const before = claims.length;
    dispatcher.nudge();
    await jest.advanceTimersByTimeAsync(0);
    expect(claims.length).toBe(before + 1);
    await jest.advanceTimersByTimeAsync(100);
    expect(claims.length).toBe(before + 2);
    await dispatcher.stop();
  });
});
