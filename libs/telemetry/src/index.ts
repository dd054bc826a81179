export * from './sdk';
export * from './propagation';
export * from './correlation';
