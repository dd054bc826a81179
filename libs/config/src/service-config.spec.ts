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

  it("When MONGO_URL lists a replica set's members or is an SRV URL, then it is accepted as the driver reads it", () => {
    const seedList = 'mongodb://binome:secret@mongodb-0.db:27017,mongodb-1.db:27017,mongodb-2.db:27017/?replicaSet=rs0&authSource=admin';
    expect(loadServiceConfig(defaults, { MONGO_URL: seedList }).mongo.url).toBe(seedList);
    expect(loadServiceConfig(defaults, { MONGO_URL: 'mongodb+srv://cluster0.example.org/?retryWrites=true' }).mongo.url).toBe(
      'mongodb+srv://cluster0.example.org/?retryWrites=true',
    );
  });

  it('When MONGO_URL is not a MongoDB connection string, then start-up stops naming it', () => {
    for (const url of ['http://db:27017', 'mongodb://', 'localhost:27017', 'not a url'])
      expect(() => loadServiceConfig(defaults, { MONGO_URL: url })).toThrow(/MONGO_URL/);
  });
});
