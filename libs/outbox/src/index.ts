export * from './outbox.schema';
export * from './outbox-relay';
export * from './leased-dispatcher';
