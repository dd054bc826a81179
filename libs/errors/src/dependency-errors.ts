import { AppError, isAppError } from './app-error';

/**
 * Errors of the MongoDB driver and mongoose that mean "the database cannot be reached now", by
 * name (this lib depends on no driver): a stopped or unreachable server, a pool cleared after a
 * network error, no server selected in time (or no free connection of the pool, or no answer within
 * the socket timeout: a saturated engine), a connection closed or not yet open.
 */
const UNREACHABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoPoolClosedError',
  'MongoWaitQueueTimeoutError',
  'WaitQueueTimeoutError',
]);

/** mongoose queues operations while disconnected and fails them after bufferTimeoutMS. */
const BUFFERING_TIMEOUT = /buffering timed out after/;

/**
 * Whether an error (or one of its causes) says a dependency is unavailable for now — the request
 * or message may succeed once it is back — as opposed to a fault of the input or of the code.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e instanceof Error; depth++) {
    if (isAppError(e)) return e.code === 'unavailable';
    if (UNREACHABLE.has(e.name) || UNREACHABLE.has(e.constructor.name)) return true;
    if (e.name === 'MongooseError' && BUFFERING_TIMEOUT.test(e.message)) return true;
    e = e.cause;
  }
  return false;
}

/** The 503 an unreachable dependency becomes at the edge (HTTP, gRPC), without its details. */
export const dependencyUnavailable = (cause?: unknown) =>
  new AppError('unavailable', 'A dependency of this service is unavailable; retry shortly', { cause });
