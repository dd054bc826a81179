// Container health probe: GET http://127.0.0.1:<HTTP_PORT><path> with node's fetch; exit 0 on 2xx.
// Usage: node deploy/docker/healthcheck.mjs [/healthz|/readyz]
// HTTP_PORT falls back to the service's default port (SERVICE is set in the image).
const DEFAULT_HTTP_PORTS = {
  recruitment: 3101,
  matching: 3102,
  scheduling: 3103,
  workshops: 3104,
  resources: 3105,
  impact: 3106,
  gateway: 8080,
};
const path = process.argv[2] ?? '/healthz';
const port = process.env.HTTP_PORT || DEFAULT_HTTP_PORTS[process.env.SERVICE ?? ''];
if (!port) {
  console.error('healthcheck: HTTP_PORT is not set and SERVICE has no default port');
  process.exit(1);
}
try {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2500) });
  process.exit(res.ok ? 0 : 1);
} catch (e) {
  console.error(`healthcheck: ${path} unreachable: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
