import { telemetry } from './instrument';
import { loadServiceConfig } from '@binome/config';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { WORKSHOPS_DEFAULTS } from './workshops.defaults';
import { createWorkshopsService } from './workshops.service';

const config = loadServiceConfig(WORKSHOPS_DEFAULTS);
const logger = createLogger(config.service, config.logLevel);
const service = createWorkshopsService(config, logger);

service
  .start()
  .then(({ httpPort, grpcPort }) => {
    logger.info({ httpPort, grpcPort }, 'workshops started');
    stopOnSignals({ stop: async () => (await service.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'workshops failed to start');
    process.exit(1);
  });
