export * from './outbox.schema';
export * from './outbox-relay';
