import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from './signature';
import { retryDelay } from './delivery.dispatcher';

const secret = 'a-partner-secret-of-at-least-32-chars!!';
const body = '{"id":"e1","type":"referral.issued"}';

describe('webhook signatures', () => {
  it('When a body is signed, then the header is t=<ts>,v1=<HMAC-SHA256 of "<ts>.<body>">', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signatureHeader(secret, 1_700_000_000, body)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('When the body, the secret or the timestamp changes, then verification fails', () => {
    const header = signatureHeader(secret, 1_700_000_000, body);
    expect(verifySignature(secret, header, body, 1_700_000_010)).toBe(true);
    expect(verifySignature(secret, header, `${body} `, 1_700_000_010)).toBe(false);
    expect(verifySignature(`${secret}x`, header, body, 1_700_000_010)).toBe(false);
    expect(verifySignature(secret, header.replace('t=1700000000', 't=1700000001'), body, 1_700_000_010)).toBe(false);
  });

  it('When a signed delivery is replayed after the tolerance, then verification fails', () => {
    expect(verifySignature(secret, signatureHeader(secret, 1_700_000_000, body), body, 1_700_000_000 + 301)).toBe(false);
  });
});

describe('retryDelay', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [10, 60_000],
  ])('When attempt %i failed, then the next one waits %i ms (without jitter, capped)', (attempts, ms) => {
    expect(retryDelay(attempts, 1_000, 60_000, () => 0.5)).toBe(ms);
  });

  it('When jitter applies, then the delay stays within ±20 %', () => {
    expect(retryDelay(3, 1_000, 60_000, () => 0)).toBe(3_200);
    expect(retryDelay(3, 1_000, 60_000, () => 1)).toBe(4_800);
  });
});
