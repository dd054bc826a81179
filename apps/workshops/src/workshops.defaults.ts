export const WORKSHOPS_DEFAULTS = { service: 'workshops', httpPort: 3104, grpcPort: 50104 };
