import { z } from 'zod';
import { loadEnv, loadServiceConfig, type EnvSource, type ServiceConfig } from '@binome/config';
import { TOPICS } from '@binome/events';
import { SCHEDULING_DEFAULTS } from './scheduling.defaults';

const positive = () => z.coerce.number().int().min(1);
const topic = () => z.string().regex(/^[a-zA-Z0-9._-]+$/, 'expected a Kafka topic name');

/** A territory's own programme figures; what it does not say keeps the programme's defaults. */
export const TerritoryPolicySchema = z
  .object({
    hoursPerDay: z.number().positive().max(12).optional(),
    capDays: z.number().positive().max(30).optional(),
    firstMeetingWithinDays: z.number().int().min(1).max(90).optional(),
    meetingsPerMonth: z.number().positive().max(8).optional(),
    /** The language of the emails when the person's own has no template. */
    language: z.enum(['fr', 'en']).optional(),
  })
  .strict();
export type TerritoryPolicy = z.infer<typeof TerritoryPolicySchema>;

export interface MailConfig {
  /** smtp://host:port (smtps:// for TLS); the development catcher listens on 127.0.0.1:2525. */
  smtpUrl: string;
  from: string;
  /** Where the one-tap links of the emails point (the gateway's origin). */
  publicBaseUrl: string;
  pollMs: number;
  /** Idle passes double the wait up to this; a local write wakes the sender at once. */
  maxPollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
}

export interface SchedulingConfig extends ServiceConfig {
  scheduling: {
    mail: MailConfig;
    territories: Record<string, TerritoryPolicy>;
    /** The topics it reads (a test or a second environment on one cluster names its own). */
    topics: { matching: string; recruitment: string; impact: string };
  };
}

/** The service configuration plus scheduling's own keys (SMTP, links, per-territory programme figures). */
export function loadSchedulingConfig(env?: EnvSource): SchedulingConfig {
  const base = loadServiceConfig(SCHEDULING_DEFAULTS, env);
  const e = loadEnv(
    {
      SMTP_URL: z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, 'expected smtp://host:port or smtps://…')
        .default('smtp://127.0.0.1:2525')
        .describe('SMTP server the reminders are sent through (npm start runs a catcher on 127.0.0.1:2525)'),
      MAIL_FROM: z.string().min(3).default('Binôme <rappels@binome.test>').describe('From: of the reminders'),
      PUBLIC_BASE_URL: z
        .string()
        .url()
        .transform((u) => u.replace(/\/$/, ''))
        .default('http://127.0.0.1:8080')
        .describe('origin of the gateway, for the one-tap links in the emails'),
      NOTIFY_POLL_MS: positive().default(1_000).describe('how often due emails are looked for'),
      NOTIFY_MAX_POLL_MS: positive().default(10_000).describe('longest wait between two looks for due emails while idle'),
      NOTIFY_RETRY_BASE_MS: positive().default(30_000).describe('first retry delay of an email; doubles at each attempt'),
      NOTIFY_RETRY_MAX_MS: positive().default(3_600_000).describe('longest retry delay of an email'),
      NOTIFY_MAX_ATTEMPTS: positive().default(10).describe('attempts before an email is marked failed'),
      MATCHING_TOPIC: topic().default(TOPICS.matching).describe("matching's topic (pairs)"),
      RECRUITMENT_TOPIC: topic().default(TOPICS.recruitment).describe("recruitment's topic (volunteers, erasures)"),
      IMPACT_TOPIC: topic().default(TOPICS.impact).describe("impact's topic (surveys due: their reminders)"),
      TERRITORY_POLICIES: z
        .string()
        .default('{}')
        .transform((s, ctx) => {
          try {
            return JSON.parse(s) as unknown;
          } catch {
            ctx.addIssue({ code: 'custom', message: 'expected JSON' });
            return z.NEVER;
          }
        })
        .pipe(z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), TerritoryPolicySchema))
        .describe('per-territory figures as JSON, e.g. {"tours":{"hoursPerDay":7.5,"firstMeetingWithinDays":10}}'),
    },
    env,
  );
  return {
    ...base,
    scheduling: {
      mail: {
        smtpUrl: e.SMTP_URL,
        from: e.MAIL_FROM,
        publicBaseUrl: e.PUBLIC_BASE_URL,
        pollMs: e.NOTIFY_POLL_MS,
        maxPollMs: Math.max(e.NOTIFY_POLL_MS, e.NOTIFY_MAX_POLL_MS),
        retryBaseMs: e.NOTIFY_RETRY_BASE_MS,
        retryMaxMs: e.NOTIFY_RETRY_MAX_MS,
        maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      },
      territories: e.TERRITORY_POLICIES,
      topics: { matching: e.MATCHING_TOPIC, recruitment: e.RECRUITMENT_TOPIC, impact: e.IMPACT_TOPIC },
    },
  };
}
