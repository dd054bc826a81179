// Test doubles of peers' gRPC servers, for the integration specs of the services that call them
// (a secondary entry point: production code never imports it).
export * from './fake-recruitment';
