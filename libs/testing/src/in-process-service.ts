import { tokensOf } from './tokens';

/** What the specs need of a service host (apps' `create…Service`), without importing an app. */
export interface InProcessService {
  start(): Promise<{ httpPort: number; grpcPort?: number }>;
  stop(): Promise<void>;
  context(): { connection: { dropDatabase(): Promise<unknown> } };
}

/** Starts a service in this process on free ports; its HTTP base URL and gRPC address. */
export async function startInProcess(service: InProcessService): Promise<{ api: string; grpcAddress: string }> {
  const { httpPort, grpcPort } = await service.start();
  return { api: `http://127.0.0.1:${httpPort}`, grpcAddress: `127.0.0.1:${grpcPort}` };
}

/** Drops the spec's own database, then stops the service. */
export async function stopInProcess(service: InProcessService): Promise<void> {
  const drop = () => service.context().connection.dropDatabase();
  // mongo-java-server can refuse a drop that races the service's own pollers ("index not found
  // with name [_id_]"); a second drop, once they have moved on, succeeds.
  await drop().catch(async () => {
    await new Promise((r) => setTimeout(r, 200));
    await drop();
  });
  await service.stop();
}

export interface InProcessSuite<K extends string> {
  api: string;
  grpcAddress: string;
  tokens: Record<K, string>;
}

/**
 * The hooks of a spec that runs one service in this process: before the tests, start it and fetch
 * the users' tokens; after them, drop its database and stop it. The returned object is filled by
 * then (read it in hooks and tests, not while the describe block is collected); a spec's own
 * beforeAll, declared after this call, runs after it and can seed through `suite.api`.
 */
export function inProcessSuite<K extends string>(
  service: InProcessService,
  users: Record<K, readonly [realm: string, username: string]>,
): InProcessSuite<K> {
  const suite: InProcessSuite<K> = { api: '', grpcAddress: '', tokens: {} as Record<K, string> };
  beforeAll(async () => {
    Object.assign(suite, await startInProcess(service));
    Object.assign(suite.tokens, await tokensOf(users));
  });
  afterAll(() => stopInProcess(service));
  return suite;
}
