export * from './connection';
export * from './tenant';
export * from './processed-event.store';
export * from './tenant-repository';
export * from './outbox-signal';
export * from './read-defaults';
