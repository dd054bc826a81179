export const IMPACT_DEFAULTS = { service: 'impact', httpPort: 3106, grpcPort: 50106 };
