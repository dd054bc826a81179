import { z } from 'zod';
import { loadEnv, loadServiceConfig, type EnvSource, type ServiceConfig } from '@binome/config';
import { RESOURCES_DEFAULTS } from './resources.defaults';

export interface ResourcesConfig extends ServiceConfig {
  resources: {
    /**
     * Where the public routes (issuer profile, JWKS, status list, verification pages, Open Badges
     * 2.0 hosted assertions) are reached from outside: the gateway's `/api/resources`. Badge ids
     * and verification URLs are built on it, so it must not change once badges are issued.
     */
    publicUrl: string;
  };
}

export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:8080/api/resources';

/** The service configuration plus the resources service's own key (RESOURCES_PUBLIC_URL). */
export function loadResourcesConfig(env?: EnvSource): ResourcesConfig {
  const base = loadServiceConfig(RESOURCES_DEFAULTS, env);
  const e = loadEnv(
    {
      RESOURCES_PUBLIC_URL: z
        .string()
        .url()
        .transform((u) => u.replace(/\/$/, ''))
        .default(DEFAULT_PUBLIC_URL)
        .describe('public base URL of the resources service (through the gateway), for badge and verification URLs'),
    },
    env,
  );
  return { ...base, resources: { publicUrl: e.RESOURCES_PUBLIC_URL } };
}
