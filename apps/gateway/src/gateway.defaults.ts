/** The gateway serves REST only: the gRPC port is unused (0). */
export const GATEWAY_DEFAULTS = { service: 'gateway', httpPort: 8080, grpcPort: 0 };
