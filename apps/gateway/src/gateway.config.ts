import { resolve } from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { csv, loadEnv, loadServiceConfig, type EnvSource, type ServiceConfig } from '@binome/config';
import { GATEWAY_DEFAULTS } from './gateway.defaults';

/** An IP address or CIDR subnet, dotted or IPv6 (ipaddr.js alone would read `1` as 0.0.0.1). */
function isAddressOrSubnet(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  if (rest.length || !(ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address))) return false;
  return bits === undefined || ipaddr.isValidCIDR(value);
}

const positive = () => z.coerce.number().int().min(1);
const flag = () => z.enum(['true', 'false']).optional();

export interface GatewayConfig extends ServiceConfig {
  gateway: {
    /** Owning service of each `/api/<service>/…` prefix, as base URLs. */
    upstreams: Record<string, string>;
    /** The console's origin: the only origin CORS lets read responses. */
    consoleOrigin: string;
    /** The console's build, served under /console/. */
    consoleDir: string;
    /** Keycloak client the console signs in with (public, PKCE). */
    consoleClientId: string;
    /**
     * Addresses or subnets of the proxies in front (the ingress controller's pods in production):
     * X-Forwarded-For is believed only from them. Empty: believed from nobody, the client IP is the
     * peer's address (development, where nothing sits in front).
     */
    trustedProxies: string[];
    proxyTimeoutMs: number;
    rateLimits: { applicationsPerMinute: number; calendarFeedsPerMinute: number; perMinute: number; storeTimeoutMs: number };
    webhooks: {
      pollMs: number;
      retryBaseMs: number;
      retryMaxMs: number;
      maxAttempts: number;
      timeoutMs: number;
      /** http:// and private or loopback targets (development and tests only). */
      allowInsecureTargets: boolean;
    };
  };
}

/** The service configuration plus the gateway's own keys (UPSTREAMS, CONSOLE_ORIGIN, limits). */
export function loadGatewayConfig(env?: EnvSource): GatewayConfig {
  const base = loadServiceConfig(GATEWAY_DEFAULTS, env);
  const e = loadEnv(
    {
      UPSTREAMS: csv()
        .pipe(z.array(z.string().regex(/^[a-z][a-z0-9-]*=https?:\/\/[^\s,]+$/, 'expected service=http(s)://host:port')).min(1))
        .default(
          'recruitment=http://127.0.0.1:3101,matching=http://127.0.0.1:3102,scheduling=http://127.0.0.1:3103,workshops=http://127.0.0.1:3104,resources=http://127.0.0.1:3105,impact=http://127.0.0.1:3106',
        )
        .describe('owning service of /api/<service>/… as service=base URL, comma-separated'),
      CONSOLE_ORIGIN: z
        .string()
        .url()
        .transform((u) => new URL(u).origin)
        .default('http://127.0.0.1:4200')
        .describe('origin of the react-admin console, the only origin allowed by CORS'),
      CONSOLE_DIR: z
        .string()
        .min(1)
        .default('dist/apps/console')
        .transform((d) => resolve(d))
        .describe('directory of the built console (npx nx run console:build), served under /console/'),
      CONSOLE_CLIENT_ID: z.string().min(1).default('console').describe('Keycloak client of the console (public, PKCE S256) in every realm'),
      TRUST_PROXY: csv()
        .pipe(z.array(z.string().refine(isAddressOrSubnet, 'expected IP addresses or CIDR subnets (no names, hop counts or true)')))
        .default('')
        .describe('IPs/CIDRs of the proxies whose X-Forwarded-For is believed (the ingress); empty = none'),
      PROXY_TIMEOUT_MS: positive().default(30_000).describe('upstream response timeout'),
      RATE_LIMIT_APPLICATIONS_PER_MINUTE: positive().default(5).describe('public applications per client IP per minute'),
      // Calendar apps refresh a feed every few hours, but one provider's fetchers (Google, Apple)
      // share a few addresses across many subscribers: generous per client, yet a token guesser
      // still gets nowhere (256-bit tokens).
      RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE: positive().default(60).describe('public iCalendar feed fetches per client IP per minute'),
      RATE_LIMIT_PER_MINUTE: positive().default(600).describe('other API requests per client IP per minute'),
      RATE_LIMIT_STORE_TIMEOUT_MS: positive()
        .default(500)
        .describe('longest wait for the shared rate-limit counters before deciding locally'),
      WEBHOOK_POLL_MS: positive().default(1_000).describe('how often due webhook deliveries are looked for'),
      WEBHOOK_RETRY_BASE_MS: positive().default(5_000).describe('first retry delay; doubles at each attempt'),
      WEBHOOK_RETRY_MAX_MS: positive().default(3_600_000).describe('longest retry delay'),
      WEBHOOK_MAX_ATTEMPTS: positive().default(15).describe('attempts before a delivery is marked failed'),
      WEBHOOK_TIMEOUT_MS: positive().default(10_000).describe('time a partner endpoint has to answer'),
      WEBHOOK_ALLOW_INSECURE_TARGETS: flag().describe('allow http:// and private-network webhook URLs (default: true outside production)'),
    },
    env,
  );
  return {
    ...base,
    gateway: {
      upstreams: Object.fromEntries(e.UPSTREAMS.map((u) => [u.slice(0, u.indexOf('=')), u.slice(u.indexOf('=') + 1).replace(/\/$/, '')])),
      consoleOrigin: e.CONSOLE_ORIGIN,
      consoleDir: e.CONSOLE_DIR,
      consoleClientId: e.CONSOLE_CLIENT_ID,
      trustedProxies: e.TRUST_PROXY,
      proxyTimeoutMs: e.PROXY_TIMEOUT_MS,
      rateLimits: {
        applicationsPerMinute: e.RATE_LIMIT_APPLICATIONS_PER_MINUTE,
        calendarFeedsPerMinute: e.RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE,
        perMinute: e.RATE_LIMIT_PER_MINUTE,
        storeTimeoutMs: e.RATE_LIMIT_STORE_TIMEOUT_MS,
      },
      webhooks: {
        pollMs: e.WEBHOOK_POLL_MS,
        retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
        retryMaxMs: e.WEBHOOK_RETRY_MAX_MS,
        maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
        timeoutMs: e.WEBHOOK_TIMEOUT_MS,
        allowInsecureTargets: e.WEBHOOK_ALLOW_INSECURE_TARGETS ? e.WEBHOOK_ALLOW_INSECURE_TARGETS === 'true' : base.env !== 'production',
      },
    },
  };
}
