/**
 * The one error type of the platform. `code` is stable and machine-readable; HTTP and gRPC
 * statuses are derived from it at the edge only (http-server, grpc libs). `toJSON` is safe to
 * send to a client: no stack, no cause, no database document.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'malformed_body'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'illegal_transition'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "body.consent.dataProcessing". */
  field: string;
  message: string;
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_body: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Invalid request',
  malformed_body: 'Malformed request body',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Request body too large',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  illegal_transition: 'Illegal state transition',
  rate_limited: 'Too many requests',
  unavailable: 'Service unavailable',
  internal: 'Internal error',
};

export interface AppErrorOptions {
  fields?: FieldIssue[];
  cause?: unknown;
  correlationId?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[];
  correlationId: string | undefined;

  constructor(code: ErrorCode, detail: string, options: AppErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.correlationId = options.correlationId;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }

  get title(): string {
    return TITLES[this.code];
  }

  toJSON() {
    return {
      code: this.code,
      title: this.title,
      detail: this.message,
      ...(this.fields.length ? { errors: this.fields } : {}),
      ...(this.correlationId ? { correlationId: this.correlationId } : {}),
    };
  }
}

export const validationFailed = (fields: FieldIssue[], detail?: string) =>
  new AppError('validation_failed', detail ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (detail: string) => new AppError('forbidden', detail);
export const unauthenticated = (detail = 'A valid bearer token is required') => new AppError('unauthenticated', detail);
export const conflict = (detail: string) => new AppError('conflict', detail);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
