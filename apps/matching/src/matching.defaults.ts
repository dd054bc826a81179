export const MATCHING_DEFAULTS = { service: 'matching', httpPort: 3102, grpcPort: 50102 };
