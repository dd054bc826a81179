export * from './create-http-app';
export * from './validate';
export * from './problem';
export * from './lifecycle';
export * from './identity-text';
