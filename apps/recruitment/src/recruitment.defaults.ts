export const RECRUITMENT_DEFAULTS = { service: 'recruitment', httpPort: 3101, grpcPort: 50101 };
