import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Partners choose where the gateway POSTs: without a guard, a webhook URL could reach services
 * inside the cluster (SSRF). In production only https URLs that resolve to public addresses are
 * accepted, checked at registration and again before every delivery (DNS may change).
 */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) {
    const [a, b] = address.split('.').map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
    );
  }
  if (v === 6) {
    const lower = address.toLowerCase();
    if (lower === '::' || lower === '::1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return isPrivateAddress(mapped[1]);
    return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(lower);
  }
  return true;
}

export type TargetCheck = { ok: true } | { ok: false; reason: string };

export async function checkTarget(raw: string, allowInsecure: boolean): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials in the URL are not allowed' };
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) return { ok: false, reason: 'the URL must use https' };
  if (allowInsecure) return { ok: true };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await lookup(host, { all: true }).then((r) => r.map((a) => a.address), () => []);
  if (addresses.length === 0) return { ok: false, reason: 'the host does not resolve' };
  if (addresses.some(isPrivateAddress)) return { ok: false, reason: 'the host resolves to a private address' };
  return { ok: true };
}
