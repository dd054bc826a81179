export * from './zod-openapi';
export * from './create-http-app';
export * from './problem';
export * from './lifecycle';
export * from './request-context';
export * from './list-query';
export * from './route';
export * from './openapi';
