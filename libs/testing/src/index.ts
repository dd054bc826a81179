export * from './keycloak';
export * from './wait';
export * from './test-config';
export * from './kafka';
export * from './brokering';
