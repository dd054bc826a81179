import type { Request, RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError, validationFailed, type FieldIssue } from '@binome/errors';

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

export interface RequestSchemas<B extends z.ZodTypeAny, Q extends z.ZodTypeAny, P extends z.ZodTypeAny> {
  body?: B;
  query?: Q;
  params?: P;
}

export interface Validated<B, Q, P> {
  body: B;
  query: Q;
  params: P;
}

function issuesOf(part: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: [part, ...issue.path].join('.'),
    message: issue.message,
  }));
}

/**
 * Validates body, query and params with zod and stores the parsed values in `res.locals.input`.
 * Every problem is reported at once, each naming its field (`body.consent.dataProcessing`).
 */
export function validate<B extends z.ZodTypeAny = z.ZodUnknown, Q extends z.ZodTypeAny = z.ZodUnknown, P extends z.ZodTypeAny = z.ZodUnknown>(
  schemas: RequestSchemas<B, Q, P>,
): RequestHandler {
  return (req, res, next) => {
    // A body the JSON parser did not read (text/csv is let through for the imports) must not be
    // validated as an empty object: a PUT of defaults would then succeed on a body it never saw.
    if (schemas.body && req.body === undefined && hasBody(req)) return next(new AppError('unsupported_media_type', 'Send the body as application/json'));
    const issues: FieldIssue[] = [];
    const out: Record<string, unknown> = {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const value = part === 'body' && req.body === undefined ? {} : (req as Request)[part];
      const parsed = schema.safeParse(value);
      if (parsed.success) out[part] = parsed.data;
      else issues.push(...issuesOf(part, parsed.error));
    }
    if (issues.length) return next(validationFailed(issues));
    res.locals.input = out;
    next();
  };
}

/** The parsed input of a route validated with `validate`. */
export function inputOf<B = unknown, Q = unknown, P = unknown>(res: { locals: Record<string, unknown> }): Validated<B, Q, P> {
  return res.locals.input as Validated<B, Q, P>;
}
