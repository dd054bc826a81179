// Fails fast with a clear message when the infrastructure is not running, instead of a timeout.
const net = require('node:net');

function probe(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => { s.end(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

module.exports = async () => {
  const engines = { Kafka: 19092, Keycloak: 18080, 'MongoDB (FerretDB)': 27027 };
  const down = [];
  for (const [name, port] of Object.entries(engines)) if (!(await probe(port))) down.push(`${name} on ${port}`);
  if (down.length) throw new Error(`Infrastructure not running (${down.join(', ')}): run \`npm run infra:up\` or \`npm test\`.`);
};
