export * from './fake-recruitment';
