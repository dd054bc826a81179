// First import of main.ts: telemetry must patch http, express, grpc, mongodb and kafkajs before
// they are loaded.
import { loadServiceConfig } from '@binome/config';
import { startTelemetry } from '@binome/telemetry';
import { RECRUITMENT_DEFAULTS } from './recruitment.defaults';

const config = loadServiceConfig(RECRUITMENT_DEFAULTS);
export const telemetry = startTelemetry({ serviceName: 'recruitment', otlpEndpoint: config.telemetry.otlpEndpoint });
