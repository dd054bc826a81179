// First import of main.ts: telemetry must patch http, express, grpc, mongodb and kafkajs before
// they are loaded.
import { loadServiceConfig } from '@binome/config';
import { startTelemetry } from '@binome/telemetry';
import { RESOURCES_DEFAULTS } from './resources.defaults';

const config = loadServiceConfig(RESOURCES_DEFAULTS);
export const telemetry = startTelemetry({ serviceName: 'resources', otlpEndpoint: config.telemetry.otlpEndpoint });
