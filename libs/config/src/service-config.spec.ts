import { ConfigError, loadServiceConfig } from './index';

const defaults = { service: 'impact', httpPort: 3106, grpcPort: 50106 };

describe('loadServiceConfig', () => {
  it('When the environment is empty, then every key takes its documented default', () => {
    const c = loadServiceConfig(defaults, {});
    expect(c.http.port).toBe(3106);
    expect(c.mongo.database).toBe('binome_impact');
    expect(c.kafka.brokers).toEqual(['127.0.0.1:19092']);
    expect(c.keycloak.realms).toEqual(['paris', 'rennes', 'tours', 'national', 'partners']);
    expect(c.peers.recruitment).toBe('127.0.0.1:50101');
    expect(c.telemetry.otlpEndpoint).toBeUndefined();
  });

  it('When values are set, then they are parsed into typed fields', () => {
    const c = loadServiceConfig(defaults, { HTTP_PORT: '0', KAFKA_BROKERS: 'a:1, b:2', TERRITORIES: 'lyon' });
    expect(c.http.port).toBe(0);
    expect(c.kafka.brokers).toEqual(['a:1', 'b:2']);
    expect(c.territories).toEqual(['lyon']);
  });

  it('When several values are invalid, then start-up stops with one message naming each key', () => {
    let error: unknown;
    try {
      loadServiceConfig(defaults, { HTTP_PORT: 'eighty', LOG_LEVEL: 'loud', TERRITORIES: 'Paris!' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('HTTP_PORT');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('TERRITORIES');
    expect(message).toContain('REST API port');
  });
});
