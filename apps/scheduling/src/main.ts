import { telemetry } from './instrument';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { loadSchedulingConfig } from './scheduling.config';
import { createSchedulingService } from './scheduling.service';

const config = loadSchedulingConfig();
const logger = createLogger(config.service, config.logLevel);
const service = createSchedulingService(config, logger);

service
  .start()
  .then(({ httpPort, grpcPort }) => {
    logger.info({ httpPort, grpcPort }, 'scheduling started');
    stopOnSignals({ stop: async () => (await service.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'scheduling failed to start');
    process.exit(1);
  });
