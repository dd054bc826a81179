// Fails fast with a clear message when the infrastructure is not running, instead of a timeout.
// Probes the addresses the tests will use (MONGO_URL, KAFKA_BROKERS, KEYCLOAK_URL, as read by
// libs/config), so a suite pointed at another database or home is checked there.
const net = require('node:net');

function probe(host, port) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** host and port of a URL or host:port, with the given default port. */
function address(value, defaultPort) {
  const u = new URL(value.includes('://') ? value : `tcp://${value}`);
  return { host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port || defaultPort) };
}

module.exports = async () => {
  const engines = {
    Kafka: address((process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',')[0], 9092),
    Keycloak: address(process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:18080', 80),
    'MongoDB-protocol database': address(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27027', 27017),
  };
  const down = [];
  for (const [name, { host, port }] of Object.entries(engines)) if (!(await probe(host, port))) down.push(`${name} on ${host}:${port}`);
  if (down.length) throw new Error(`Infrastructure not running (${down.join(', ')}): run \`npm run infra:up\` or \`npm test\`.`);
};
