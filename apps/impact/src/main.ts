import { telemetry } from './instrument';
import { loadServiceConfig } from '@binome/config';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { IMPACT_DEFAULTS } from './impact.defaults';
import { createImpactService } from './impact.service';

const config = loadServiceConfig(IMPACT_DEFAULTS);
const logger = createLogger(config.service, config.logLevel);
const service = createImpactService(config, logger);

service
  .start()
  .then(({ httpPort, grpcPort }) => {
    logger.info({ httpPort, grpcPort }, 'impact started');
    stopOnSignals({ stop: async () => (await service.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'impact failed to start');
    process.exit(1);
  });
