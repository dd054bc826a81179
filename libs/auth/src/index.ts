export * from './principal';
export * from './token-verifier';
export * from './express-auth';
export * from './service-token';
export * from './permissions';
