import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  raw: string;
  parsed: ParsedMail;
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  receivedAt: Date;
}

export interface SmtpCatcherOptions {
  port?: number;
  host?: string;
  /** Each caught message is also written there as `<n>.eml` (npm start). */
  dir?: string;
  /** Refuses the n-th message (1-based) with a temporary 451, to exercise retries. */
  refuse?: (n: number) => boolean;
}

export interface SmtpCatcher {
  port: number;
  url: string;
  messages: CaughtMail[];
  /** Messages whose envelope recipient is `to`. */
  to(address: string): CaughtMail[];
  /** Waits for a message matching `match`. */
  waitFor(match: (m: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  refused: number;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server, the package nodemailer's authors maintain) that keeps what it
 * receives, parsed with mailparser: the integration tests read the reminders there, and
 * `npm start` runs it so that the emails of the demo can be read without sending any.
 * No authentication, no TLS: development and tests only.
 */
export async function startSmtpCatcher(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
  const messages: CaughtMail[] = [];
  const waiters: { match: (m: CaughtMail) => boolean; resolve: (m: CaughtMail) => void }[] = [];
  let count = 0;
  let refused = 0;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        count += 1;
        if (options.refuse?.(count)) {
          refused += 1;
          const e = new Error('try again later') as Error & { responseCode: number };
          e.responseCode = 451;
          return callback(e);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            const mail: CaughtMail = {
              raw,
              parsed,
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              receivedAt: new Date(),
            };
            messages.push(mail);
            if (options.dir) writeFileSync(join(options.dir, `${String(messages.length).padStart(4, '0')}.eml`), raw);
            for (const w of [...waiters])
              if (w.match(mail)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(mail);
              }
            callback();
          })
          .catch((e: Error) => callback(e));
      });
    },
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    port,
    url: `smtp://${host}:${port}`,
    messages,
    get refused() {
      return refused;
    },
    to: (a) => messages.filter((m) => m.to.includes(a.toLowerCase())),
    waitFor(match, timeoutMs = 30_000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, resolve: (m: CaughtMail) => (clearTimeout(timer), resolve(m)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(
            new Error(
              `no matching email within ${timeoutMs} ms; caught: ${messages.map((m) => `${m.to.join(',')} "${m.parsed.subject ?? ''}"`).join('; ') || 'none'}`,
            ),
          );
        }, timeoutMs);
        waiters.push(w);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
