import { telemetry } from './instrument';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { loadGatewayConfig } from './gateway.config';
import { createGateway } from './gateway.service';

const config = loadGatewayConfig();
const logger = createLogger(config.service, config.logLevel);
const gateway = createGateway(config, logger);

gateway
  .start()
  .then(({ httpPort }) => {
    logger.info({ httpPort, upstreams: config.gateway.upstreams }, 'gateway started');
    stopOnSignals({ stop: async () => (await gateway.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'gateway failed to start');
    process.exit(1);
  });
