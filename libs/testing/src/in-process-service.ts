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
  await service.context().connection.dropDatabase();
  await service.stop();
}
