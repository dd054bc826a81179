import { lookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Partners choose where the gateway POSTs: without a guard, a webhook URL could reach services
 * inside the cluster or the cloud's metadata endpoint (SSRF). In production only https URLs whose
 * host resolves to public unicast addresses only are accepted, at registration and at every
 * delivery; the delivery connects to the very address that was checked (`guardedLookup` on the
 * agent), so a DNS answer that changes between check and connection cannot redirect it.
 */

const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

function embeddedIPv4(parts: number[], high: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([parts[high] >> 8, parts[high] & 0xff, parts[high + 1] >> 8, parts[high + 1] & 0xff]);
}

/**
 * The special-purpose range an address falls in (ipaddr.js' names), looking through the forms
 * that carry an IPv4 address inside IPv6: IPv4-mapped `::ffff:a.b.c.d` (what the URL parser
 * rewrites to `::ffff:7f00:1`), NAT64 `64:ff9b::/96` and 6to4 `2002::/16` are judged by their IPv4
 * address. Only `unicast` is public. Unparseable input is `invalid`.
 */
export function addressRange(address: string): string {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // parse (not process): IPv4-mapped addresses stay IPv6 and are unwrapped below, once.
    parsed = ipaddr.parse(address);
  } catch {
    return 'invalid';
  }
  if (parsed.kind() === 'ipv4') return parsed.range();
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  if (range === 'ipv4Mapped') return addressRange(v6.toIPv4Address().toString());
  if (v6.match(NAT64)) return addressRange(embeddedIPv4(v6.parts, 6).toString());
  if (range === '6to4') return addressRange(embeddedIPv4(v6.parts, 1).toString());
  // `::a.b.c.d` (deprecated IPv4-compatible), Teredo, NAT64 local-use 64:ff9b:1::/48 and the rest
  // of ipaddr.js' special ranges are never a partner's endpoint.
  if (range === 'unicast' && v6.match(IPV4_COMPATIBLE)) return 'ipv4Compatible';
  if (range === 'unicast' && !v6.match(GLOBAL_UNICAST)) return 'notGlobal';
  return range;
}

/** Public unicast: the only addresses a production webhook may be delivered to. */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

export function isPrivateAddress(address: string): boolean {
  return !isPublicAddress(address);
}

/** Every address of a host name, resolved once (the system resolver by default). */
export type Resolver = (hostname: string, family?: 0 | 4 | 6) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname, family = 0) => lookup(hostname, { all: true, family, verbatim: true });

export interface TargetOptions {
  resolve?: Resolver;
  /** Which resolved addresses may be connected to; default: public unicast (any when insecure). */
  allowAddress?: (address: string) => boolean;
}

export type TargetCheck = { ok: true } | { ok: false; reason: string };

const PRIVATE = 'the host resolves to a private address';

/** A refusal by the guard, raised from inside the agent's lookup; `code` names it for the logs. */
export class TargetRefused extends Error {
  readonly code = 'ETARGETREFUSED';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TargetRefused';
  }
}

function allowed(allowInsecure: boolean, options: TargetOptions): (address: string) => boolean {
  return options.allowAddress ?? (allowInsecure ? () => true : isPublicAddress);
}

/** The URL's own rules (no DNS): parseable, no credentials, https (http only when insecure), and an IP literal host must pass. */
export function checkUrl(
  raw: string,
  allowInsecure: boolean,
  options: TargetOptions = {},
): { ok: true; url: URL; host: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials in the URL are not allowed' };
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:')) return { ok: false, reason: 'the URL must use https' };
  // The WHATWG parser has already turned 2130706433, 0x7f.1, 0177.0.0.1 and 127.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowed(allowInsecure, options)(host)) return { ok: false, reason: PRIVATE };
  return { ok: true, url, host };
}

/** Resolves once and checks every address; the checked list is what may be connected to. */
export async function resolveChecked(
  host: string,
  allowInsecure: boolean,
  options: TargetOptions = {},
  family: 0 | 4 | 6 = 0,
): Promise<LookupAddress[]> {
  const addresses = await (options.resolve ?? systemResolver)(host, family).catch(() => []);
  if (addresses.length === 0) throw new TargetRefused('the host does not resolve');
  if (!addresses.every((a) => allowed(allowInsecure, options)(a.address))) throw new TargetRefused(PRIVATE);
  return addresses;
}

/** At registration: the URL's rules, then the host's addresses (resolved once, every one checked). */
export async function checkTarget(raw: string, allowInsecure: boolean, options: TargetOptions = {}): Promise<TargetCheck> {
  const url = checkUrl(raw, allowInsecure, options);
  if (!url.ok) return url;
  if (isIP(url.host)) return { ok: true };
  try {
    await resolveChecked(url.host, allowInsecure, options);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: e instanceof TargetRefused ? e.reason : 'the host does not resolve' };
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `net.connect` (set on the delivery agents): the name is resolved here once,
 * every address checked, and the socket is handed only checked addresses — there is no second
 * resolution between the check and the connection. (IP literals never reach a lookup: `checkUrl`
 * checks them.)
 */
export function guardedLookup(allowInsecure: boolean, options: TargetOptions = {}) {
  return (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback): void => {
    const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
    resolveChecked(hostname, allowInsecure, options, family).then(
      (addresses) => (lookupOptions.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family)),
      (e: NodeJS.ErrnoException) => callback(e, '', 0),
    );
  };
}
