// Unit tests: `*.spec.ts` beside the code; pure logic, no infrastructure.
module.exports = { ...require('./base.config'), testMatch: ['**/*.spec.ts'] };
