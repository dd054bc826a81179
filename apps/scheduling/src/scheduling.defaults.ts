export const SCHEDULING_DEFAULTS = { service: 'scheduling', httpPort: 3103, grpcPort: 50103 };
