import { startService, uniqueId, type ServiceProcess } from '@binome/testing';

export interface Platform {
  run: string;
  /** Every service by name, the gateway included. */
  services: Record<string, ServiceProcess>;
  /** The database of a service in this run. */
  database(service: string): string;
  stop(): Promise<void>;
}

/**
 * Every service as its own process on free ports (as `npm start` runs them), with this run's own
 * databases and consumer groups, and the gateway in front with a rate limit no fuzz run reaches.
 */
export async function startPlatform(logLevel = 'warn'): Promise<Platform> {
  const run = uniqueId('fuzz');
  const database = (service: string) => `${run}_${service}`;
  // New groups start at the end of the shared topics: the poison this run sends is what they read,
  // not every earlier run's history.
  const env = (service: string) => ({
    LOG_LEVEL: logLevel,
    NODE_ENV: 'test',
    KAFKA_GROUP_PREFIX: `${run}-`,
    KAFKA_NEW_GROUPS_FROM: 'latest',
    MONGO_DB: database(service),
  });
  const services: Record<string, ServiceProcess> = {};
  const stop = async () => {
    await services.gateway?.stop();
    await Promise.all(Object.entries(services).map(([name, s]) => (name === 'gateway' ? undefined : s.stop())));
  };
  // Each service is registered as soon as it is up, so a sibling's failure still stops it.
  const start = async (name: string, extra: Record<string, string> = {}) => {
    services[name] = await startService(name, { ...env(name), ...extra }, { readyTimeoutMs: 150_000 });
    return services[name];
  };
  try {
    const recruitment = await start('recruitment');
    const recruitmentPeer = `recruitment=127.0.0.1:${recruitment.grpcPort}`;
    const results = await Promise.allSettled([
      start('matching', { PEERS: recruitmentPeer }),
      start('impact'),
      start('workshops', { PEERS: recruitmentPeer }),
      start('resources'),
    ]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await start('scheduling', { PEERS: `${recruitmentPeer},matching=127.0.0.1:${services.matching.grpcPort}` });
    const upstreams = Object.entries(services)
      .map(([name, s]) => `${name}=http://127.0.0.1:${s.httpPort}`)
      .join(',');
    await start('gateway', {
      UPSTREAMS: upstreams,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_APPLICATIONS_PER_MINUTE: '1000000',
      RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE: '1000000',
    });
    return { run, services, database, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export const baseUrl = (s: ServiceProcess) => `http://127.0.0.1:${s.httpPort}`;
