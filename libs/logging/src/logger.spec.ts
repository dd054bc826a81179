import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './logger';

describe('logger redaction', () => {
  it('When an object with personal data is logged, then names, contacts and tokens are redacted', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    log.info({ candidate: { firstName: 'Amina', lastName: 'K.', email: 'a@x.fr', phone: '+33 6', territoryId: 'rennes' } }, 'applied');
    log.info({ req: { headers: { authorization: 'Bearer abc' } } }, 'request');
    const out = lines.join('');
    expect(out).not.toMatch(/Amina|a@x\.fr|\+33 6|Bearer abc/);
    expect(out).toContain('rennes');
  });
});
