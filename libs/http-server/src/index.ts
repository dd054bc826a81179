export * from './create-http-app';
export * from './validate';
export * from './problem';
export * from './lifecycle';
export * from './body-limits';
export * from './bearer-challenge';
export * from './request-log';
export * from './identity-text';
