// The fault suite (`npm run test:faults`, tools/faults/run.sh): `*.fault-spec.ts`, run in band
// against the suite's own Kafka and database, which it stops and restarts case by case.
module.exports = {
  ...require('./base.config'),
  testMatch: ['**/*.fault-spec.ts'],
  testTimeout: 300_000,
  // Each case is bounded; a handle left open by a killed service must not keep the step running.
  forceExit: true,
};
