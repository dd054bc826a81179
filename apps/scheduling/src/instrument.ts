// First import of main.ts: telemetry must patch http, express, grpc, mongodb and kafkajs before
// they are loaded.
import { loadServiceConfig } from '@binome/config';
import { startTelemetry } from '@binome/telemetry';
import { SCHEDULING_DEFAULTS } from './scheduling.defaults';

const config = loadServiceConfig(SCHEDULING_DEFAULTS);
export const telemetry = startTelemetry({ serviceName: 'scheduling', otlpEndpoint: config.telemetry.otlpEndpoint });
