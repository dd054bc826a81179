import type { Express } from 'express';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@binome/logging';

export interface RunningHttpServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** How long an idle keep-alive connection is kept open (announced as `Keep-Alive: timeout=65`). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Listens on `port` (0 picks a free port, as tests do) and resolves once listening. */
export function startHttpServer(app: Express, port: number, host = '127.0.0.1'): Promise<RunningHttpServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      // Longer than any client's idle reuse (the gateway's agent closes its idle sockets after 60 s,
      // load balancers' idle timeouts are 60 s): the client, not the server, ends an idle connection,
      // so a request is never sent on a socket the server is closing. Headers must come in below it.
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
      let closing = false;
      const answering = new Set<ServerResponse>();
      // While stopping, answers say `Connection: close` and a connection is closed as soon as its
      // request is answered, so a stop does not wait for the keep-alive timeout of busy connections.
      server.prependListener('request', (_req, res: ServerResponse) => {
        answering.add(res);
        res.once('close', () => answering.delete(res));
        if (closing) res.setHeader('connection', 'close');
        res.once('finish', () => {
          if (closing) setImmediate(() => server.closeIdleConnections());
        });
      });
      resolve({
        server,
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            for (const res of answering) if (!res.headersSent) res.setHeader('connection', 'close');
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}

export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Stops the service on SIGTERM/SIGINT: stop accepting work, drain, close connections. A second
 * signal, or a drain longer than `timeoutMs`, exits at once.
 */
export function stopOnSignals(service: Stoppable, logger: Logger, timeoutMs = 15_000): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping');
    const timer = setTimeout(() => {
      logger.error('graceful stop timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    service
      .stop()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((err: Error) => {
        logger.error({ err: { message: err.message } }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
