export const RESOURCES_DEFAULTS = { service: 'resources', httpPort: 3105, grpcPort: 50105 };
