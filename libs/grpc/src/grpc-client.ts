import { credentials, Metadata, type Client, type ServiceError } from '@grpc/grpc-js';

/** Metadata carrying the caller's (or a service account's) token to the next service. */
export function bearerMetadata(token: string): Metadata {
  const m = new Metadata();
  m.set('authorization', `Bearer ${token}`);
  return m;
}

type ClientCtor<C extends Client> = new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => C;

export function createClient<C extends Client>(Ctor: ClientCtor<C>, address: string): C {
  // Inside the cluster traffic is plain gRPC behind the mesh/network policy; tokens authenticate calls.
  return new Ctor(address, credentials.createInsecure());
}

/** Promisifies a ts-proto grpc-js unary method: `await call(client.getX.bind(client), req, metadata)`. */
export function unaryCall<Req, Res>(
  method: (request: Req, metadata: Metadata, callback: (error: ServiceError | null, response: Res) => void) => unknown,
  request: Req,
  metadata: Metadata,
): Promise<Res> {
  return new Promise((resolve, reject) => method(request, metadata, (error, response) => (error ? reject(error) : resolve(response))));
}
