// Checks that the deployment descriptions (docker-compose.yml, deploy/k8s) keep up with apps/:
// every service that exists in the code runs in compose and on Kubernetes, with health checks,
// and the stack's engines and Keycloak realm import are wired as the design says.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const INFRASTRUCTURE = ['kafka', 'mongodb', 'keycloak', 'otel-collector', 'jaeger'];

type Yaml = Record<string, unknown>;
interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  ports?: (string | number | { published?: string | number; target?: number })[];
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
}
interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string };
  spec?: Yaml;
  resources?: string[];
  file: string;
}

/** Names of apps/<name> folders that hold a service entry point (src/main.ts). */
function appServices(): string[] {
  const apps = path.join(ROOT, 'apps');
  if (!fs.existsSync(apps)) return [];
  return fs
    .readdirSync(apps, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(apps, d.name, 'src', 'main.ts')))
    .map((d) => d.name)
    .sort();
}

function loadCompose(): Record<string, ComposeService> {
  // merge: compose files use `<<: *anchor` for shared environment blocks.
  const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services?: Record<string, ComposeService>;
  };
  return compose.services ?? {};
}

function yamlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return yamlFilesUnder(full);
    return /\.ya?ml$/.test(d.name) ? [full] : [];
  });
}

function loadK8s(): { objects: K8sObject[]; errors: string[] } {
  const objects: K8sObject[] = [];
  const errors: string[] = [];
  for (const file of yamlFilesUnder(path.join(ROOT, 'deploy', 'k8s'))) {
    const rel = path.relative(ROOT, file);
    for (const doc of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      if (doc.errors.length > 0) {
        errors.push(`${rel}: ${doc.errors[0].message}`);
        continue;
      }
      const value = doc.toJS() as Yaml | null;
      if (value === null) continue;
      objects.push({ ...(value as Omit<K8sObject, 'file'>), file: rel });
    }
  }
  return { objects, errors };
}

function dependencies(service: ComposeService): Record<string, string> {
  const deps = service.depends_on;
  if (!deps) return {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d?.condition ?? 'service_started']));
}

function hasHealthcheck(service: ComposeService | undefined): boolean {
  return !!service?.healthcheck && service.healthcheck.disable !== true && service.healthcheck.test !== undefined;
}

function buildArgs(service: ComposeService): Record<string, string> {
  const args = typeof service.build === 'object' ? service.build.args : undefined;
  if (!args) return {};
  if (Array.isArray(args)) return Object.fromEntries(args.map((a) => a.split('=', 2) as [string, string]));
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)]));
}

function publishedPorts(service: ComposeService): string[] {
  return (service.ports ?? []).map((p) =>
    typeof p === 'object' ? `${p.published}:${p.target}` : String(p).replace(/^(\d+\.){3}\d+:/, ''),
  );
}

function volumeMounts(service: ComposeService): { source: string; target: string }[] {
  return (service.volumes ?? []).map((v) => {
    if (typeof v === 'object') return { source: v.source ?? '', target: v.target ?? '' };
    const [source, target] = v.split(':');
    return { source, target };
  });
}

function containersOf(deployment: K8sObject): Yaml[] {
  const template = deployment.spec?.template as { spec?: { containers?: Yaml[] } } | undefined;
  return template?.spec?.containers ?? [];
}

interface PolicyPeer {
  podSelector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  namespaceSelector?: unknown;
  ipBlock?: unknown;
}
interface IngressRule {
  from?: PolicyPeer[];
  ports?: { port?: string | number; protocol?: string }[];
}

const GATEWAY_PEER = { 'app.kubernetes.io/name': 'gateway' };
const SERVICE_PEER = { 'app.kubernetes.io/component': 'service' };

function templateLabels(deployment: K8sObject): Record<string, string> {
  return (((deployment.spec?.template as Yaml | undefined)?.metadata as Yaml | undefined)?.labels ?? {}) as Record<string, string>;
}

function selects(
  selector: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector || selector.matchExpressions?.length) return false;
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

const samePeer = (peer: PolicyPeer, labels: Record<string, string>) =>
  !peer.namespaceSelector &&
  !peer.ipBlock &&
  !peer.podSelector?.matchExpressions?.length &&
  JSON.stringify(peer.podSelector?.matchLabels ?? {}) === JSON.stringify(labels);

/**
 * What keeps the services unexposed: every service Deployment (all but the gateway) is selected by
 * an Ingress NetworkPolicy, and every rule admitting traffic to it names its ports and its peers:
 * the `http` port (or its number) only from the gateway's pods, the `grpc` port only from service
 * pods; no rule open to all ports, all sources, other namespaces or IP blocks.
 */
function networkPolicyProblems(objects: K8sObject[]): string[] {
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  return objects
    .filter((o) => o.kind === 'Deployment' && o.metadata?.name !== 'gateway')
    .flatMap((d) => {
      const name = d.metadata?.name;
      const labels = templateLabels(d);
      const ports = Object.fromEntries(
        containersOf(d).flatMap((c) =>
          ((c.ports ?? []) as { name?: string; containerPort?: number }[]).flatMap((p) => [
            [String(p.name), p.name],
            [String(p.containerPort), p.name],
          ]),
        ),
      ) as Record<string, string | undefined>;
      const mine = policies.filter(
        (p) =>
          selects(p.spec?.podSelector as PolicyPeer['podSelector'], labels) &&
          ((p.spec?.policyTypes as string[] | undefined) ?? []).includes('Ingress'),
      );
      if (mine.length === 0) return [`${name}: no Ingress NetworkPolicy selects its pods`];
      const rules = mine.flatMap((p) => ((p.spec?.ingress ?? []) as IngressRule[]).map((rule) => ({ policy: p.metadata?.name, rule })));
      const problems = rules.flatMap(({ policy, rule }) => {
        if (!rule.ports?.length) return [`${name}: ${policy} admits every port`];
        if (!rule.from?.length) return [`${name}: ${policy} admits every source`];
        return rule.ports.flatMap((p) => {
          const port = ports[String(p.port)];
          const allowed = port === 'http' ? GATEWAY_PEER : port === 'grpc' ? SERVICE_PEER : undefined;
          if (!allowed) return [`${name}: ${policy} admits port ${p.port}, which is neither http nor grpc`];
          return (rule.from ?? [])
            .filter((peer) => !samePeer(peer, allowed))
            .map((peer) => `${name}: ${policy} admits ${port} from ${JSON.stringify(peer)}`);
        });
      });
      const admits = (port: string, peer: Record<string, string>) =>
        rules.some(
          ({ rule }) => (rule.ports ?? []).some((p) => ports[String(p.port)] === port) && (rule.from ?? []).some((f) => samePeer(f, peer)),
        );
      if (!admits('http', GATEWAY_PEER)) problems.push(`${name}: the gateway cannot reach its http port`);
      if (ports.grpc && !admits('grpc', SERVICE_PEER)) problems.push(`${name}: the other services cannot reach its grpc port`);
      return problems;
    });
}

describe('docker-compose.yml', () => {
  const services = loadCompose();

  it('When docker-compose.yml is parsed, then it declares the infrastructure services kafka, mongodb, keycloak, otel-collector and jaeger', () => {
    const missing = INFRASTRUCTURE.filter((name) => !services[name]);
    expect(missing).toEqual([]);
  });

  it('When an app folder has src/main.ts, then compose has a service of the same name built from deploy/docker/service.Dockerfile with that SERVICE', () => {
    const problems = appServices().flatMap((name) => {
      const service = services[name];
      if (!service) return [`${name}: no compose service`];
      if (typeof service.build !== 'object') return [`${name}: no build section`];
      const issues: string[] = [];
      if (path.normalize(service.build.dockerfile ?? '') !== path.normalize('deploy/docker/service.Dockerfile'))
        issues.push(`${name}: dockerfile is ${service.build.dockerfile}`);
      if (buildArgs(service).SERVICE !== name) issues.push(`${name}: build arg SERVICE is ${buildArgs(service).SERVICE}`);
      return issues;
    });
    expect(problems).toEqual([]);
  });

  it('When a compose service is built from source, then it has a healthcheck or waits for healthy dependencies', () => {
    const unchecked = Object.entries(services)
      .filter(([, s]) => s.build !== undefined)
      .filter(([, s]) => !hasHealthcheck(s) && !Object.values(dependencies(s)).includes('service_healthy'))
      .map(([name]) => name);
    expect(unchecked).toEqual([]);
  });

  it('When a compose service waits for another to be healthy, then that other service exists and defines a healthcheck', () => {
    const broken = Object.entries(services).flatMap(([name, s]) =>
      Object.entries(dependencies(s))
        .filter(([dep, condition]) => condition === 'service_healthy' && !hasHealthcheck(services[dep]))
        .map(([dep]) => `${name} -> ${dep}`),
    );
    expect(broken).toEqual([]);
  });

  it('When compose starts Keycloak, then it mounts deploy/keycloak at the import folder and runs with --import-realm', () => {
    const keycloak = services.keycloak;
    expect(keycloak).toBeDefined();
    const mount = volumeMounts(keycloak).find((m) => m.target === '/opt/keycloak/data/import');
    expect(mount && path.resolve(ROOT, mount.source)).toBe(path.join(ROOT, 'deploy', 'keycloak'));
    const command = Array.isArray(keycloak.command) ? keycloak.command : String(keycloak.command ?? '').split(/\s+/);
    expect(command).toEqual(expect.arrayContaining(['start-dev', '--import-realm']));
    expect(fs.readdirSync(path.join(ROOT, 'deploy', 'keycloak')).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
  });

  it('When compose publishes the engines, then the host ports are those of the native stack', () => {
    expect(publishedPorts(services.kafka)).toContain('19092:19092');
    expect(publishedPorts(services.mongodb)).toContain('27027:27017');
    expect(publishedPorts(services.keycloak)).toContain('18080:18080');
    expect(publishedPorts(services.jaeger)).toContain('16686:16686');
  });

  it('When a service runs in a container, then it listens on all interfaces and exports traces to the collector', () => {
    const wrong = Object.entries(services)
      .filter(([, s]) => s.build !== undefined)
      .filter(([, s]) => {
        const env = (Array.isArray(s.environment) ? Object.fromEntries(s.environment.map((e) => e.split('=', 2))) : s.environment) ?? {};
        return (
          env.HTTP_HOST !== '0.0.0.0' ||
          env.GRPC_HOST !== '0.0.0.0' ||
          !String(env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '').includes('otel-collector')
        );
      })
      .map(([name]) => name);
    expect(wrong).toEqual([]);
  });
});

describe('deploy/k8s', () => {
  const { objects, errors } = loadK8s();
  const deployments = objects.filter((o) => o.kind === 'Deployment');
  const hpas = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');

  it('When every YAML file under deploy/k8s is parsed, then each document is valid and has an apiVersion and a kind', () => {
    expect(errors).toEqual([]);
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.filter((o) => !o.apiVersion || !o.kind).map((o) => o.file)).toEqual([]);
  });

  it('When a kustomization lists resources, then every listed file or folder exists', () => {
    const missing = objects
      .filter((o) => o.kind === 'Kustomization')
      .flatMap((k) => (k.resources ?? []).map((r) => path.join(path.dirname(k.file), r)))
      .filter((r) => !fs.existsSync(path.join(ROOT, r)));
    expect(missing).toEqual([]);
  });

  it('When an app folder has src/main.ts, then deploy/k8s has a Deployment of that name and an HPA scaling it', () => {
    const missing = appServices().flatMap((name) => [
      ...(deployments.some((d) => d.metadata?.name === name) ? [] : [`${name}: Deployment`]),
      ...(hpas.some((h) => {
        const target = h.spec?.scaleTargetRef as { kind?: string; name?: string } | undefined;
        return target?.kind === 'Deployment' && target.name === name;
      })
        ? []
        : [`${name}: HorizontalPodAutoscaler`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('When a Deployment is declared, then it probes /healthz and /readyz, runs non-root on a read-only root filesystem and reads a ConfigMap and a Secret', () => {
    const problems = deployments.flatMap((d) => {
      const name = d.metadata?.name;
      const podSecurity = ((d.spec?.template as Yaml | undefined)?.spec as Yaml | undefined)?.securityContext as Yaml | undefined;
      return containersOf(d).flatMap((c) => {
        const issues: string[] = [];
        const probePath = (p: unknown) => (p as { httpGet?: { path?: string } } | undefined)?.httpGet?.path;
        if (probePath(c.livenessProbe) !== '/healthz') issues.push('liveness not /healthz');
        if (probePath(c.readinessProbe) !== '/readyz') issues.push('readiness not /readyz');
        const security = (c.securityContext ?? {}) as Yaml;
        if (security.readOnlyRootFilesystem !== true) issues.push('root filesystem writable');
        if (security.runAsNonRoot !== true && podSecurity?.runAsNonRoot !== true) issues.push('may run as root');
        const envFrom = (c.envFrom ?? []) as Yaml[];
        if (!envFrom.some((e) => e.configMapRef)) issues.push('no ConfigMap');
        if (!envFrom.some((e) => e.secretRef)) issues.push('no Secret');
        const resources = (c.resources ?? {}) as { requests?: Yaml; limits?: Yaml };
        if (!resources.requests?.cpu || !resources.limits?.memory) issues.push('no resource requests/limits');
        return issues.map((i) => `${name}: ${i}`);
      });
    });
    expect(deployments.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('When an HPA is declared, then it is autoscaling/v2 on 70% CPU between 2 and 6 replicas', () => {
    const wrong = hpas
      .filter((h) => {
        const spec = h.spec as {
          minReplicas?: number;
          maxReplicas?: number;
          metrics?: { resource?: { name?: string; target?: { averageUtilization?: number } } }[];
        };
        const cpu = spec.metrics?.find((m) => m.resource?.name === 'cpu');
        return (
          h.apiVersion !== 'autoscaling/v2' ||
          spec.minReplicas !== 2 ||
          spec.maxReplicas !== 6 ||
          cpu?.resource?.target?.averageUtilization !== 70
        );
      })
      .map((h) => h.metadata?.name);
    expect(wrong).toEqual([]);
  });

  it("When a service's pods are declared, then a NetworkPolicy lets only the gateway reach their HTTP port and only services their gRPC port", () => {
    expect(networkPolicyProblems(objects)).toEqual([]);
  });

  it('When a NetworkPolicy opens a service to everyone, then the check names the hole', () => {
    const service = deployments.find((d) => d.metadata?.name === 'recruitment');
    expect(service).toBeDefined();
    const open: K8sObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'too-open' },
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'recruitment' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: 3101 }] }, { from: [{ namespaceSelector: {} }] }],
      },
      file: 'fixture',
    };
    expect(networkPolicyProblems([...objects, open])).toEqual([
      'recruitment: too-open admits every source',
      'recruitment: too-open admits every port',
    ]);
    expect(networkPolicyProblems([service as K8sObject])).toEqual(['recruitment: no Ingress NetworkPolicy selects its pods']);
  });
});
