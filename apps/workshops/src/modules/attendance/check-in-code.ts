import { randomBytes } from 'node:crypto';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { generateSync, verifySync } from '@otplib/totp';

/** The code changes every minute: a photo of it sent to someone at home is useless a minute later. */
export const CODE_PERIOD_S = 60;
/** Shown from this long before the start until the end. */
export const CHECK_IN_OPENS_MS = 30 * 60_000;

// otplib's TOTP with Node's own crypto: its default plugins are ESM-only and Jest (CommonJS) cannot load them.
const crypto = new NodeCryptoPlugin();
const epoch = (at: Date) => Math.floor(at.getTime() / 1000);

/** A session's secret: 160 random bits (RFC 4226's recommended length), hex. */
export const newCheckInSecret = (): string => randomBytes(20).toString('hex');

/** TOTP (RFC 6238) on the session's own secret, 6 digits, 60-second steps. */
export function checkInCode(secret: string, at: Date): { code: string; expiresAt: Date } {
  const e = epoch(at);
  const code = generateSync({ secret: Buffer.from(secret, 'hex'), period: CODE_PERIOD_S, epoch: e, crypto });
  return { code, expiresAt: new Date((e - (e % CODE_PERIOD_S) + CODE_PERIOD_S) * 1000) };
}

/** The current code, or the previous one (typed just as the minute turned). */
export function isValidCheckInCode(secret: string, code: string, at: Date): boolean {
  try {
    return verifySync({
      secret: Buffer.from(secret, 'hex'),
      token: code,
      period: CODE_PERIOD_S,
      epoch: epoch(at),
      epochTolerance: [CODE_PERIOD_S, 0],
      crypto,
    }).valid;
  } catch {
    return false;
  }
}
