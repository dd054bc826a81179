import { ConfigError } from '@binome/config';
import { loadGatewayConfig } from './gateway.config';

describe('loadGatewayConfig', () => {
  it('When the environment is empty, then the gateway listens on 8080 and routes to the local services', () => {
    const c = loadGatewayConfig({});
    expect(c.http.port).toBe(8080);
    expect(c.gateway.upstreams).toEqual({
      recruitment: 'http://127.0.0.1:3101',
      matching: 'http://127.0.0.1:3102',
      scheduling: 'http://127.0.0.1:3103',
      workshops: 'http://127.0.0.1:3104',
      resources: 'http://127.0.0.1:3105',
      impact: 'http://127.0.0.1:3106',
    });
    expect(c.gateway.rateLimits.applicationsPerMinute).toBe(5);
    expect(c.gateway.rateLimits.calendarFeedsPerMinute).toBe(60);
    expect(c.gateway.webhooks.allowInsecureTargets).toBe(true);
  });

  it('When running in production, then insecure webhook targets are refused unless set explicitly', () => {
    expect(loadGatewayConfig({ NODE_ENV: 'production' }).gateway.webhooks.allowInsecureTargets).toBe(false);
    expect(
      loadGatewayConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_INSECURE_TARGETS: 'true' }).gateway.webhooks.allowInsecureTargets,
    ).toBe(true);
  });

  it('When UPSTREAMS and CONSOLE_ORIGIN are set, then they are parsed (trailing slash and path dropped)', () => {
    const c = loadGatewayConfig({ UPSTREAMS: 'impact=http://impact:3106/', CONSOLE_ORIGIN: 'https://console.binome.example/app' });
    expect(c.gateway.upstreams).toEqual({ impact: 'http://impact:3106' });
    expect(c.gateway.consoleOrigin).toBe('https://console.binome.example');
  });

  it('When RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE is set, then it is read; when it is not a positive integer, start-up stops naming it', () => {
    expect(loadGatewayConfig({ RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE: '12' }).gateway.rateLimits.calendarFeedsPerMinute).toBe(12);
    expect(() => loadGatewayConfig({ RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_CALENDAR_FEEDS_PER_MINUTE/);
  });

  it('When UPSTREAMS is malformed, then start-up stops naming the key', () => {
    expect(() => loadGatewayConfig({ UPSTREAMS: 'impact:3106' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ UPSTREAMS: 'impact:3106' })).toThrow(/UPSTREAMS/);
  });

  it('When TRUST_PROXY is unset, then no proxy is believed; when set, only IP addresses and subnets are accepted', () => {
    expect(loadGatewayConfig({}).gateway.trustedProxies).toEqual([]);
    expect(loadGatewayConfig({ TRUST_PROXY: '10.42.0.0/16, 192.168.1.10' }).gateway.trustedProxies).toEqual([
      '10.42.0.0/16',
      '192.168.1.10',
    ]);
    for (const value of ['loopback', '1', 'true', 'ingress.local'])
      expect(() => loadGatewayConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });
});
