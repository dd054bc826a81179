// Test helpers of the matching engine, for its own specs and for the services that use it
// (`@binome/matching-engine/testing`): exhaustive references and profile builders. Never imported
// by production code.
export * from './brute-force';
export * from './profiles.fixture';
