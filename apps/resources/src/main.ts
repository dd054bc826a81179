import { telemetry } from './instrument';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { loadResourcesConfig } from './resources.config';
import { createResourcesService } from './resources.service';

const config = loadResourcesConfig();
const logger = createLogger(config.service, config.logLevel);
const service = createResourcesService(config, logger);

service
  .start()
  .then(({ httpPort, grpcPort }) => {
    logger.info({ httpPort, grpcPort }, 'resources started');
    stopOnSignals({ stop: async () => (await service.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'resources failed to start');
    process.exit(1);
  });
