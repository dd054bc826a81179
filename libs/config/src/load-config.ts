import { z } from 'zod';

/** Thrown at start-up when the environment is invalid; the message lists every bad key. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  - ${issues.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export type EnvSource = Record<string, string | undefined>;

/**
 * Parses the environment once against a schema whose keys are env variable names. Each key
 * documents itself with `.describe()`, which is echoed in the error so the operator knows what
 * the value is for.
 */
export function loadEnv<S extends z.ZodRawShape>(shape: S, env: EnvSource = process.env): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    const doc = shape[key]?.description;
    return `${key}: ${issue.message}${doc ? ` (${doc})` : ''}`;
  });
  throw new ConfigError(issues);
}

/** A comma-separated list, trimmed, empty items dropped. */
export const csv = () =>
  z.string().transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
