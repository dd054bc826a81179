import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths never written to logs. Refugees' personal data and credentials stay out of logs even when
 * a developer logs a whole object by mistake; request and response bodies are never logged.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-webhook-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.email',
  '*.phone',
  '*.firstName',
  '*.lastName',
  '*.birthDate',
  '*.address',
  '*.body',
  'body',
];

export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
