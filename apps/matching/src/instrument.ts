// First import of main.ts: telemetry must patch http, express, grpc, mongodb and kafkajs before
// they are loaded.
import { loadServiceConfig } from '@binome/config';
import { startTelemetry } from '@binome/telemetry';
import { MATCHING_DEFAULTS } from './matching.defaults';

const config = loadServiceConfig(MATCHING_DEFAULTS);
export const telemetry = startTelemetry({ serviceName: 'matching', otlpEndpoint: config.telemetry.otlpEndpoint });
