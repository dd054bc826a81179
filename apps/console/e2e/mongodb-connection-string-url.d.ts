// The console is typed with bundler resolution, under which this package's `import` export carries
// no types (its types sit behind `require`). It reaches the console's project only through
// @binome/testing's service configuration (the e2e specs, run by Node); the workspace's own tsc
// checks libs/config against the real declarations.
declare module 'mongodb-connection-string-url';
