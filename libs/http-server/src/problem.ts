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
}

/** Maps errors thrown by express' own middleware (body parsing) to AppErrors. */
function fromExpressError(err: unknown): AppError | undefined {
  const e = err as BodyParserError;
  switch (e?.type) {
    case 'entity.parse.failed':
      return new AppError('malformed_body', 'The request body is not valid JSON', { fields: [{ field: 'body', message: 'invalid JSON' }] });
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is larger than this endpoint accepts', {
        fields: [{ field: 'body', message: 'too large' }],
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'Unsupported body encoding');
    default:
      return undefined;
  }
}

/** The one error handler: AppError → problem+json; anything else → a logged, opaque 500. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = isAppError(err) ? err : fromExpressError(err);
    const error = known ?? new AppError('internal', 'An unexpected error occurred');
    if (!known) {
      logger.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack }, path: req.path }, 'unhandled error');
    }
    if (res.headersSent) return;
    if (error.code === 'unauthenticated') res.setHeader('WWW-Authenticate', bearerChallenge(req));
    res.status(error.status).type(PROBLEM_JSON).json(toProblem(error, req.originalUrl));
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No route for ${req.method} ${req.path}`));
};
