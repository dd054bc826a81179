// First import of main.ts: telemetry must patch http and express before they are loaded.
import { startTelemetry } from '@binome/telemetry';
import { loadGatewayConfig } from './gateway.config';

const config = loadGatewayConfig();
export const telemetry = startTelemetry({ serviceName: 'gateway', otlpEndpoint: config.telemetry.otlpEndpoint });
