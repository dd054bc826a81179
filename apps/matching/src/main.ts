import { telemetry } from './instrument';
import { loadServiceConfig } from '@binome/config';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { MATCHING_DEFAULTS } from './matching.defaults';
import { createMatchingService } from './matching.service';

const config = loadServiceConfig(MATCHING_DEFAULTS);
const logger = createLogger(config.service, config.logLevel);
const service = createMatchingService(config, logger);

service
  .start()
  .then(({ httpPort, grpcPort }) => {
    logger.info({ httpPort, grpcPort }, 'matching started');
    stopOnSignals({ stop: async () => (await service.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'matching failed to start');
    process.exit(1);
  });
