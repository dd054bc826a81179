import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isAppError } from '@binome/errors';
import type { Logger } from '@binome/logging';
import { bearerChallenge } from './bearer-challenge';

export const PROBLEM_JSON = 'application/problem+json';

/** RFC 9457 problem details, with the platform's stable `code` and per-field `errors`. */
export function toProblem(error: AppError, instance: string) {
  return {
    type: `https://binome.dev/problems/${error.code.replace(/_/g, '-')}`,
    status: error.status,
    instance,
    ...error.toJSON(),
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
  code?: string;
  expose?: boolean;
}

/**
 * The codes of zlib's errors when a body does not inflate, gunzip or un-brotli (node's `Z_*`, the
 * brotli decoder's `ERR__ERROR_FORMAT_*`, `ERR_BROTLI*`): body-parser hands them on as a 400 with
 * the zlib error's `code` and no `type`, so the `type` switch below never sees them.
 */
const DECOMPRESSION_CODE = /^(Z_|ERR__ERROR_|ERR_BROTLI|ERR_ZSTD)/;

const malformed = (detail: string, message: string) => new AppError('malformed_body', detail, { fields: [{ field: 'body', message }] });

/** Maps errors thrown by express' own middleware (body-parser, raw-body) to AppErrors. */
function fromExpressError(err: unknown): AppError | undefined {
  const e = err as BodyParserError;
  switch (e?.type) {
    case 'entity.parse.failed':
      return malformed('The request body is not valid JSON', 'invalid JSON');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is larger than this endpoint accepts', {
        fields: [{ field: 'body', message: 'too large' }],
      });
    case 'encoding.unsupported':
      return new AppError('unsupported_media_type', 'Unsupported Content-Encoding: send the body uncompressed, or as gzip, deflate or br', {
        fields: [{ field: 'headers.content-encoding', message: 'unsupported encoding' }],
      });
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'Unsupported body charset', {
        fields: [{ field: 'headers.content-type', message: 'unsupported charset' }],
      });
    case 'request.aborted':
    case 'request.size.invalid':
      return malformed('The request body could not be read', 'incomplete body');
  }
  if (typeof e?.code === 'string' && DECOMPRESSION_CODE.test(e.code))
    return malformed('The request body is not valid data for its Content-Encoding', 'the body is not valid data for its Content-Encoding');
  // Any other client error body-parser raises (http-errors, marked `expose`) is the client's, not ours.
  if (e?.expose === true && typeof e.status === 'number' && e.status >= 400 && e.status < 500)
    return malformed('The request body could not be read', 'unreadable body');
  return undefined;
}

// The MongoDB driver's errors when the database does not answer (by name: this lib does not
// depend on the driver). A dependency that is down is a 503 the client may retry, not our bug.
const DATABASE_UNREACHABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

function fromDependencyError(err: unknown): AppError | undefined {
  const name = (err as Error)?.name;
  return typeof name === 'string' && DATABASE_UNREACHABLE.has(name)
    ? new AppError('unavailable', 'The database did not answer in time; try again')
    : undefined;
}

/** The one error handler: AppError → problem+json; the database unreachable → 503; anything else → a logged, opaque 500. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const dependency = fromDependencyError(err);
    if (dependency) logger.warn({ error: (err as Error).name, path: req.path }, 'database unreachable');
    const known = isAppError(err) ? err : (fromExpressError(err) ?? dependency);
    const error = known ?? new AppError('internal', 'An unexpected error occurred');
    if (!known) {
      logger.error(
        { err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack }, path: req.path },
        'unhandled error',
      );
    }
    if (res.headersSent) return;
    if (error.code === 'unauthenticated') res.setHeader('WWW-Authenticate', bearerChallenge(req));
    res.status(error.status).type(PROBLEM_JSON).json(toProblem(error, req.originalUrl));
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No route for ${req.method} ${req.path}`));
};
