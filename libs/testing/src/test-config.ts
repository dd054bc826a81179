import { randomBytes } from 'node:crypto';
import { loadServiceConfig, type ServiceConfig } from '@binome/config';

/** A short random suffix so that each test file has its own database, topics and groups. */
export const uniqueId = (prefix = 't') => `${prefix}${randomBytes(4).toString('hex')}`;

/**
 * A service configuration for tests: ports 0 (any free port), its own database, quiet logs,
 * the infrastructure started by `npm run infra:up`.
 */
export function testServiceConfig(service: string, overrides: Record<string, string> = {}): ServiceConfig {
  return loadServiceConfig(
    { service, httpPort: 0, grpcPort: 0 },
    {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      MONGO_DB: `test_${service}_${uniqueId('')}`,
      ...overrides,
    },
  );
}

/**
 * The environment of a service whose config loader takes the environment (the gateway's
 * `loadGatewayConfig`): any free port, its own database, quiet logs unless LOG_LEVEL says.
 */
export function testServiceEnv(service: string, overrides: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    HTTP_PORT: '0',
    MONGO_DB: `test_${service}_${uniqueId('')}`,
    ...overrides,
  };
}
