// First import of main.ts: telemetry must patch http, express, grpc, mongodb and kafkajs before
// they are loaded.
import { loadServiceConfig } from '@binome/config';
import { startTelemetry } from '@binome/telemetry';
import { IMPACT_DEFAULTS } from './impact.defaults';

const config = loadServiceConfig(IMPACT_DEFAULTS);
export const telemetry = startTelemetry({ serviceName: 'impact', otlpEndpoint: config.telemetry.otlpEndpoint });
