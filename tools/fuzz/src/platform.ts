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
  const env = (service: string) => ({ LOG_LEVEL: logLevel, NODE_ENV: 'test', KAFKA_GROUP_PREFIX: `${run}-`, MONGO_DB: database(service) });
  const services: Record<string, ServiceProcess> = {};
  const stop = async () => {
    await services.gateway?.stop();
    await Promise.all(Object.entries(services).map(([name, s]) => (name === 'gateway' ? undefined : s.stop())));
  };
  try {
    services.recruitment = await startService('recruitment', env('recruitment'));
    const recruitmentPeer = `recruitment=127.0.0.1:${services.recruitment.grpcPort}`;
    const [matching, impact, workshops, resources] = await Promise.all([
      startService('matching', { ...env('matching'), PEERS: recruitmentPeer }),
      startService('impact', env('impact')),
      startService('workshops', { ...env('workshops'), PEERS: recruitmentPeer }),
      startService('resources', env('resources')),
    ]);
    Object.assign(services, { matching, impact, workshops, resources });
    services.scheduling = await startService('scheduling', {
      ...env('scheduling'),
      PEERS: `${recruitmentPeer},matching=127.0.0.1:${matching.grpcPort}`,
    });
    const upstreams = Object.entries(services)
      .map(([name, s]) => `${name}=http://127.0.0.1:${s.httpPort}`)
      .join(',');
    services.gateway = await startService('gateway', {
      ...env('gateway'),
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
