import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, RequestHandler, Response } from 'express';
import { trace } from '@opentelemetry/api';
import type { Permission, Principal } from '@binome/auth';
import { currentCorrelationId, withCorrelationId } from '@binome/telemetry';

/** What a request carries through everything it calls, without being passed by hand. */
export interface RequestContext {
  /** pino-http's `req.id` (the caller's `x-request-id` when well-formed), also sent back as a header. */
  requestId: string;
  /** The verified principal, once `authenticate` ran (undefined on public routes). */
  readonly principal: Principal | undefined;
  /** The decision of the route's `authorize`, when it has one. */
  readonly permission: Permission | undefined;
  /** The active OpenTelemetry trace, when telemetry is on. */
  readonly traceId: string | undefined;
}

const storage = new AsyncLocalStorage<RequestContext>();

function contextOf(req: Request, res: Response): RequestContext {
  return {
    requestId: String(req.id ?? ''),
    get principal() {
      return res.locals.principal as Principal | undefined;
    },
    get permission() {
      return res.locals.permission as Permission | undefined;
    },
    get traceId() {
      const span = trace.getActiveSpan();
      return span?.spanContext().traceId;
    },
  };
}

/** Runs `fn` inside the request's context (the route helper does this around every handler). */
export function runInRequestContext<T>(req: Request, res: Response, fn: () => T): T {
  const ctx = contextOf(req, res);
  // The request id is also the correlation id of the events the request causes (libs/telemetry).
  return withCorrelationId(ctx.requestId, () => storage.run(ctx, fn));
}

/**
 * Enters the context for the rest of the middleware chain. Body parsers resume in the socket's
 * async context, so the route helper enters it again around the handler itself.
 */
export const requestContextMiddleware: RequestHandler = (req, res, next) => runInRequestContext(req, res, next);

/** The current request's context, or undefined outside a request (consumers, relays, start-up). */
export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The current request id, or undefined outside a request. */
export function currentRequestId(): string | undefined {
  return currentCorrelationId();
}
