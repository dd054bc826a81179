// Integration tests: `*.integration-spec.ts`, against the real Kafka, Keycloak and MongoDB-protocol
// database started by `npm run infra:up` (tools/infra/infra.sh).
module.exports = {
  ...require('./base.config'),
  testMatch: ['**/*.integration-spec.ts'],
  testTimeout: 60_000,
  globalSetup: require.resolve('./integration.global-setup.js'),
};
