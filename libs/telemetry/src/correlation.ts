import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The correlation id of the work under way (an HTTP request's id), carried through everything it
 * calls without being passed by hand. Kept here, below the HTTP server and the event libraries,
 * so that `createEnvelope` can read it without depending on express: the HTTP server sets it
 * around every handler, events read it for their `correlationId`.
 */
const correlation = new AsyncLocalStorage<string>();

/** Runs `fn` with `id` as the current correlation id. */
export function withCorrelationId<T>(id: string, fn: () => T): T {
  return correlation.run(id, fn);
}

/** The current correlation id, or undefined outside any request (consumers, relays, start-up). */
export function currentCorrelationId(): string | undefined {
  return correlation.getStore() || undefined;
}
