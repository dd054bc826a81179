// First import of main.ts: telemetry must patch http, express, grpc, mongodb and kafkajs before
// they are loaded.
import { loadServiceConfig } from '@binome/config';
import { startTelemetry } from '@binome/telemetry';
import { WORKSHOPS_DEFAULTS } from './workshops.defaults';

const config = loadServiceConfig(WORKSHOPS_DEFAULTS);
export const telemetry = startTelemetry({ serviceName: 'workshops', otlpEndpoint: config.telemetry.otlpEndpoint });
