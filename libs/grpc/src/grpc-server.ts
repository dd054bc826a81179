import {
  Server,
  ServerCredentials,
  status,
  type Metadata,
  type ServerUnaryCall,
  type sendUnaryData,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { AppError, dependencyUnavailable, isAppError, isDependencyUnavailable, unauthenticated, type ErrorCode } from '@binome/errors';
import { bearerToken, type Principal, type TokenVerifier } from '@binome/auth';
import type { Logger } from '@binome/logging';

const GRPC_STATUS: Record<ErrorCode, status> = {
  validation_failed: status.INVALID_ARGUMENT,
  malformed_body: status.INVALID_ARGUMENT,
  unsupported_media_type: status.INVALID_ARGUMENT,
  payload_too_large: status.RESOURCE_EXHAUSTED,
  unauthenticated: status.UNAUTHENTICATED,
  forbidden: status.PERMISSION_DENIED,
  not_found: status.NOT_FOUND,
  conflict: status.ALREADY_EXISTS,
  illegal_transition: status.FAILED_PRECONDITION,
  rate_limited: status.RESOURCE_EXHAUSTED,
  unavailable: status.UNAVAILABLE,
  internal: status.INTERNAL,
};

export const grpcStatusOf = (code: ErrorCode): status => GRPC_STATUS[code];

/** Verifies the bearer token carried in the call's `authorization` metadata. */
export async function principalFromMetadata(verifier: TokenVerifier, metadata: Metadata): Promise<Principal> {
  const [value] = metadata.get('authorization');
  const token = bearerToken(typeof value === 'string' ? value : undefined);
  if (!token) throw unauthenticated('gRPC calls must carry a bearer token in the authorization metadata');
  return verifier.verify(token);
}

/**
 * Wraps a unary handler: authenticates the caller (every gRPC call is authenticated), runs the
 * handler, and maps AppError codes to gRPC statuses; anything else is an opaque INTERNAL.
 */
export function authenticatedUnary<Req, Res>(
  verifier: TokenVerifier,
  logger: Logger,
  handler: (request: Req, principal: Principal) => Promise<Res>,
): (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => void {
  return (call, callback) => {
    principalFromMetadata(verifier, call.metadata)
      .then((principal) => handler(call.request, principal))
      .then((response) => callback(null, response))
      .catch((e: unknown) => {
        // The database unreachable is UNAVAILABLE (the caller may retry), not a bug.
        const unavailable = !isAppError(e) && isDependencyUnavailable(e);
        const error = isAppError(e) ? e : unavailable ? dependencyUnavailable() : new AppError('internal', 'An unexpected error occurred');
        if (!isAppError(e) && !unavailable)
          logger.error({ error: (e as Error)?.name, detail: (e as Error)?.message }, 'unhandled gRPC error');
        callback({ code: grpcStatusOf(error.code), details: error.message }, null);
      });
  };
}

export interface RunningGrpcServer {
  port: number;
  stop(): Promise<void>;
}

export async function startGrpcServer(
  services: { definition: ServiceDefinition; implementation: UntypedServiceImplementation }[],
  host: string,
  port: number,
): Promise<RunningGrpcServer> {
  const server = new Server({ 'grpc.max_receive_message_length': 4 * 1024 * 1024 });
  for (const s of services) server.addService(s.definition, s.implementation);
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return {
    port: bound,
    stop: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 5_000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
