import { telemetry } from './instrument';
import { loadServiceConfig } from '@binome/config';
import { stopOnSignals } from '@binome/http-server';
import { createLogger } from '@binome/logging';
import { RECRUITMENT_DEFAULTS } from './recruitment.defaults';
import { createRecruitmentService } from './recruitment.service';

const config = loadServiceConfig(RECRUITMENT_DEFAULTS);
const logger = createLogger(config.service, config.logLevel);
const service = createRecruitmentService(config, logger);

service
  .start()
  .then(({ httpPort, grpcPort }) => {
    logger.info({ httpPort, grpcPort }, 'recruitment started');
    stopOnSignals({ stop: async () => (await service.stop(), await telemetry.shutdown()) }, logger);
  })
  .catch((e: Error) => {
    logger.fatal({ error: e.name, detail: e.message }, 'recruitment failed to start');
    process.exit(1);
  });
