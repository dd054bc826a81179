import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, in the manner of Stripe's: `X-Binome-Signature: t=<unix seconds>,v1=<hex>`
 * where hex is HMAC-SHA256, keyed with the endpoint's secret, over `<t>.<raw body>`. The timestamp
 * is signed so that a captured delivery cannot be replayed later; receivers should refuse
 * timestamps older than a few minutes and deduplicate on X-Binome-Event-Id.
 */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

/** For receivers written in TypeScript (and the tests): checks the header and the time window. */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds = Date.now() / 1000,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
