// `nx run impact:replay`: rebuilds impact's projection from the beginning of the topics into a
// fresh database and swaps it in; running instances follow the pointer within seconds.
import { loadServiceConfig } from '@binome/config';
import { createKafka } from '@binome/events';
import { createLogger } from '@binome/logging';
import { connectMongo } from '@binome/persistence';
import { IMPACT_DEFAULTS } from './impact.defaults';
import { IMPACT_GROUP, impactTopics } from './impact.service';
import { ProjectionPointerStore } from './modules/projection/projection-pointer';
import { replayProjection } from './modules/projection/replay';

async function main(): Promise<void> {
  const config = loadServiceConfig(IMPACT_DEFAULTS);
  const logger = createLogger(`${config.service}-replay`, config.logLevel);
  const connection = await connectMongo(config.mongo.url, config.mongo.database, config.mongo);
  try {
    const kafka = createKafka(`${config.kafka.clientId}-replay`, config.kafka.brokers, logger);
    const live = await new ProjectionPointerStore(connection).current({
      database: connection.name,
      group: `${config.kafka.groupPrefix}${IMPACT_GROUP}`,
    });
    // The replay's group is named after the service's group, not the previous replay's.
    const group = `${config.kafka.groupPrefix}${IMPACT_GROUP}`;
    const r = await replayProjection({ connection, kafka, logger, topics: Object.values(impactTopics()), group });
    process.stdout.write(
      `replayed ${r.messages} messages (${r.applied} events applied, ${r.deadLettered} dead-lettered) in ${r.readMs + r.writeMs} ms into ${r.pointer.database}; swapped from ${live.database}\n`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`replay failed: ${e.message}\n`);
  process.exit(1);
});
