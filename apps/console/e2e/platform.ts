import path from 'node:path';
import { freePort, startService, uniqueId, type ServiceProcess } from '@binome/testing';

export const WORKSPACE = path.resolve(__dirname, '../../..');

export interface Platform {
  run: string;
  gateway: ServiceProcess;
  services: Record<string, ServiceProcess>;
  /** The gateway's origin, where the console is served (`/console/`) and the API (`/api/…`). */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Every service as its own process on free ports, with its own databases and consumer groups, and
 * the gateway in front serving the console from `consoleDir`: the platform as `npm start` runs
 * it, without its fixed ports, so several sessions can run it at once.
 */
export async function startPlatform(options: { consoleDir: string; logLevel?: string }): Promise<Platform> {
  const run = uniqueId('console');
  const env = (service: string) => ({
    LOG_LEVEL: options.logLevel ?? 'warn',
    NODE_ENV: 'test',
    KAFKA_GROUP_PREFIX: `${run}-`,
    MONGO_DB: `${run}_${service}`,
  });
  const services: Record<string, ServiceProcess> = {};
  // Each service is kept as soon as it is up, so that a sibling failing to start stops it too.
  const start = async (name: string, extra: Record<string, string> = {}, grpcPort?: number) =>
    (services[name] = await startService(name, { ...env(name), ...extra }, { grpcPort }));
  try {
    await start('recruitment');
    const recruitmentPeer = `recruitment=127.0.0.1:${services.recruitment.grpcPort}`;
    // Impact asks scheduling who a Konnecteur is (the referent ids linked to their account), as
    // `npm start` wires it: scheduling's port is chosen now, its client connects on first call.
    const schedulingGrpcPort = await freePort();
    // Settled, not raced: a sibling still starting when one fails would outlive the stop below.
    const started = await Promise.allSettled([
      start('matching', { PEERS: recruitmentPeer }),
      start('impact', { PEERS: `scheduling=127.0.0.1:${schedulingGrpcPort}` }),
      start('workshops', { PEERS: recruitmentPeer }),
      start('resources'),
    ]);
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await start('scheduling', { PEERS: `${recruitmentPeer},matching=127.0.0.1:${services.matching.grpcPort}` }, schedulingGrpcPort);
    const upstreams = Object.entries(services)
      .map(([name, s]) => `${name}=http://127.0.0.1:${s.httpPort}`)
      .join(',');
    const gateway = await startService('gateway', { ...env('gateway'), UPSTREAMS: upstreams, CONSOLE_DIR: options.consoleDir });
    const origin = `http://127.0.0.1:${gateway.httpPort}`;
    return {
      run,
      gateway,
      services,
      origin,
      stop: async () => {
        await gateway.stop();
        await Promise.all(Object.values(services).map((s) => s.stop()));
      },
    };
  } catch (e) {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    throw e;
  }
}
