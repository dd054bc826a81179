export * from './keycloak';
export * from './wait';
export * from './test-config';
export * from './kafka';
export * from './brokering';
export * from './express-routes';
export * from './openapi-coverage';
