export * from './topics';
export * from './envelope';
export * from './publisher';
export * from './consumer';
export * from './kafka';
export * from './registry';
