export * from './app-error';
export * from './dependency-errors';
