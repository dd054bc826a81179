// Checks that the deployment descriptions (docker-compose.yml, deploy/k8s) keep up with apps/:
// every service that exists in the code runs in compose and on Kubernetes, with health checks,
// and the stack's engines and Keycloak realm import are wired as the design says.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parse, parseAllDocuments } from 'yaml';
import { loadServiceConfig } from '@binome/config';
import { schemaProblems } from './k8s-schema.validator';
import { renderKustomization, type K8sObject as Rendered } from './kustomize.renderer';
import { allowed, type Endpoint } from './network-policy.evaluator';

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

const BASE = 'deploy/k8s/base';
const OVERLAY = 'deploy/k8s/overlays/production-example';
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const render = (dir: string) => renderKustomization(path.join(ROOT, dir));

/** Every gRPC call in the code: callee → its callers (`config.peers.<callee>` in a composition root). */
function grpcCallers(): Record<string, string[]> {
  const callers: Record<string, string[]> = {};
  for (const app of appServices()) {
    const root = path.join(ROOT, 'apps', app, 'src', `${app}.service.ts`);
    if (!fs.existsSync(root)) continue;
    for (const [, callee] of fs.readFileSync(root, 'utf8').matchAll(/config\.peers\.([a-z-]+)/g))
      callers[callee] = [...new Set([...(callers[callee] ?? []), app])].sort();
  }
  return callers;
}

/** The configuration files of a service: the shared one and its own `<service>.config.ts`, if any. */
function configSources(service: string): string[] {
  const own = path.join('apps', service, 'src', `${service}.config.ts`);
  return ['libs/config/src/service-config.ts', ...(fs.existsSync(path.join(ROOT, own)) ? [own] : [])];
}

/**
 * The environment variables a service reads (the keys of its loadEnv shapes), each with whether its
 * default is a loopback address: those must be set wherever the service runs outside a laptop.
 */
function envOf(service: string): Map<string, { loopbackDefault: boolean }> {
  const keys = new Map<string, { loopbackDefault: boolean }>();
  for (const file of configSources(service)) {
    const text = read(file);
    const constants = Object.fromEntries([...text.matchAll(/const ([A-Z_]+) = '([^']*)'/g)].map(([, name, value]) => [name, value]));
    const starts = [...text.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)];
    starts.forEach((m, i) => {
      const chunk = text.slice(m.index, starts[i + 1]?.index ?? text.length);
      const literal = /\.default\(\s*'([^']*)'/.exec(chunk)?.[1] ?? constants[/\.default\(\s*([A-Z_]+)\s*\)/.exec(chunk)?.[1] ?? ''];
      keys.set(m[1], { loopbackDefault: /127\.0\.0\.1|localhost/.test(literal ?? '') });
    });
  }
  return keys;
}

function podTemplateOf(o: Rendered): Yaml | undefined {
  const spec = o.spec as Yaml | undefined;
  if (o.kind === 'CronJob') return ((spec?.jobTemplate as Yaml | undefined)?.spec as Yaml | undefined)?.template as Yaml | undefined;
  return spec?.template as Yaml | undefined;
}
const podSpecOf = (o: Rendered) => podTemplateOf(o)?.spec as Yaml | undefined;

/** The environment a workload's first container gets: ConfigMap keys, then Secret keys, then env. */
function environmentOf(o: Rendered, objects: Rendered[]): Record<string, string> {
  const container = ((podSpecOf(o)?.containers ?? []) as Yaml[])[0] ?? {};
  const env: Record<string, string> = {};
  for (const from of (container.envFrom ?? []) as { configMapRef?: { name: string } }[]) {
    const map = objects.find((m) => m.kind === 'ConfigMap' && m.metadata?.name === from.configMapRef?.name);
    Object.assign(env, (map?.data ?? {}) as Record<string, string>);
  }
  for (const e of (container.env ?? []) as { name: string; value?: string }[]) if (e.value !== undefined) env[e.name] = e.value;
  return env;
}

/** The workloads of the services in a render: each service's Deployment and its jobs (same image). */
function workloadsOf(objects: Rendered[]): { service: string; workload: Rendered }[] {
  const services = appServices();
  return objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'CronJob')
    .flatMap((o) => {
      const image = String(((podSpecOf(o)?.containers ?? []) as Yaml[])[0]?.image ?? '');
      const service = services.find((s) => new RegExp(`(^|/)binome/${s}([:@]|$)`).test(image));
      return service ? [{ service, workload: o }] : [];
    });
}

const NAMESPACE = 'binome';
const INFRA = { namespace: 'binome-infra', namespaceLabels: { 'kubernetes.io/metadata.name': 'binome-infra' }, labels: {}, ports: {} };
const DNS = {
  namespace: 'kube-system',
  namespaceLabels: { 'kubernetes.io/metadata.name': 'kube-system' },
  labels: { 'k8s-app': 'kube-dns' },
  ports: {},
};
/** A public address no policy names (a partner's webhook endpoint, say). */
const PUBLIC = { ip: '198.51.100.7' };

function endpointOf(d: Rendered): Endpoint {
  const container = ((podSpecOf(d)?.containers ?? []) as Yaml[])[0] ?? {};
  return {
    namespace: d.metadata?.namespace ?? NAMESPACE,
    namespaceLabels: { 'kubernetes.io/metadata.name': d.metadata?.namespace ?? NAMESPACE },
    labels: ((podTemplateOf(d)?.metadata as Yaml | undefined)?.labels ?? {}) as Record<string, string>,
    ports: Object.fromEntries(((container.ports ?? []) as { name: string; containerPort: number }[]).map((p) => [p.name, p.containerPort])),
  };
}

/**
 * Every path between the platform's pods and to the engines, checked against what the design has:
 * the gateway reaches each service's http port; a service's grpc port is reached by the services
 * whose code calls it (`config.peers`) and nobody else; nothing else between pods; every workload's
 * pods (the replay job's too) reach DNS, Kafka, MongoDB and the collector; only scheduling reaches the SMTP relay; only the gateway
 * reaches a public HTTPS address (webhooks). Returns the differences.
 */
function pathProblems(objects: Rendered[]): string[] {
  const callers = grpcCallers();
  const pods = objects.filter((o) => o.kind === 'Deployment');
  const name = (d: Rendered) => String(d.metadata?.name);
  const problems: string[] = [];
  const expect = (label: string, actual: boolean, wanted: boolean) => {
    if (actual !== wanted) problems.push(`${label}: ${actual ? 'allowed' : 'denied'}, expected ${wanted ? 'allowed' : 'denied'}`);
  };
  for (const source of pods)
    for (const destination of pods) {
      if (source === destination) continue;
      const to = endpointOf(destination);
      for (const [portName, port] of Object.entries('ip' in to ? {} : to.ports)) {
        const wanted =
          (portName === 'http' && name(source) === 'gateway') ||
          (portName === 'grpc' && (callers[name(destination)] ?? []).includes(name(source)));
        expect(`${name(source)} → ${name(destination)}:${portName}`, allowed(objects, endpointOf(source), to, { port }), wanted);
      }
    }
  // The engines, from every workload's pods (the replay job's too).
  for (const source of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'CronJob')) {
    const from = endpointOf(source);
    expect(`${name(source)} → DNS`, allowed(objects, from, DNS, { port: 53, protocol: 'UDP' }), true);
    for (const [engine, port] of [
      ['Kafka', 9092],
      ['MongoDB', 27017],
      ['collector', 4318],
    ] as const)
      expect(`${name(source)} → ${engine}`, allowed(objects, from, INFRA, { port }), true);
    expect(`${name(source)} → SMTP relay`, allowed(objects, from, INFRA, { port: 587 }), name(source) === 'scheduling');
    expect(`${name(source)} → public HTTPS`, allowed(objects, from, PUBLIC, { port: 443 }), name(source) === 'gateway');
  }
  return problems;
}

/** The Kafka topics of deploy/kafka/topics.yaml (Strimzi KafkaTopic resources). */
interface KafkaTopic {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: { topicName?: string; partitions?: number; replicas?: number; config?: Record<string, string | number> };
}
function kafkaTopics(): KafkaTopic[] {
  return parseAllDocuments(read('deploy/kafka/topics.yaml'))
    .map((d) => d.toJS() as KafkaTopic | null)
    .filter((t): t is KafkaTopic => t !== null);
}

/** The topics the code uses: libs/events/src/topics.ts, partners.txt, a dead-letter topic per consumer group. */
function topicsOfCode(): { service: string[]; referrals: string[]; deadLetters: string[] } {
  const source = read('libs/events/src/topics.ts');
  const named = Object.fromEntries([...source.matchAll(/^\s+(\w+): '([^']+)'/gm)].map(([, key, topic]) => [key, topic]));
  const dlt = /deadLetterTopic = \(group: string\) => `([^`$]*)\$\{group\}`/.exec(source)?.[1];
  if (!dlt || !/partnerReferralTopic = \(partnerId: string\) => `\$\{TOPICS\.referrals\}\.\$\{partnerId\}`/.test(source))
    throw new Error('libs/events/src/topics.ts changed shape: update this check');
  const partners = read('deploy/kafka/partners.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      return d.isDirectory() ? sources(full) : /(?<!spec)\.ts$/.test(d.name) ? [full] : [];
    });
  const groups = appServices().flatMap((app) =>
    sources(path.join(ROOT, 'apps', app, 'src')).flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/export const [A-Z_]*GROUP = '([a-z-]+)'/g)].map(([, g]) => g),
    ),
  );
  const { referrals, ...services } = named;
  return {
    service: Object.values(services),
    referrals: [referrals, ...partners.map((p) => `${referrals}.${p}`)],
    deadLetters: [...new Set(groups)].map((g) => `${dlt}${g}`),
  };
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

  it('When a service runs in compose, then every variable set for it is one its configuration reads', () => {
    const unread = appServices().flatMap((name) => {
      const env = services[name]?.environment ?? {};
      const keys = Array.isArray(env) ? env.map((e) => e.split('=')[0]) : Object.keys(env);
      const known = envOf(name);
      return keys.filter((k) => !known.has(k)).map((k) => `${name}: ${k}`);
    });
    expect(envOf('scheduling').has('SMTP_URL')).toBe(true);
    expect(unread).toEqual([]);
  });

  it('When compose runs the gateway, then its UPSTREAMS name every service at its container and HTTP port', () => {
    const env = services.gateway?.environment as Record<string, string> | undefined;
    const upstreams = Object.fromEntries(
      String(env?.UPSTREAMS ?? '')
        .split(',')
        .map((u) => u.split('=') as [string, string]),
    );
    const wrong = appServices()
      .filter((s) => s !== 'gateway')
      .filter((s) => upstreams[s] !== `http://${s}:${(services[s]?.environment as Record<string, unknown>)?.HTTP_PORT}`);
    expect(wrong).toEqual([]);
  });

  it('When compose runs the collector, then every ${env:…} its configuration reads is set', () => {
    const wanted = [...read('deploy/otel/collector.yaml').matchAll(/\$\{env:([A-Z_]+)\}/g)].map(([, v]) => v);
    const env = (services['otel-collector']?.environment ?? {}) as Record<string, string>;
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.filter((v) => !env[v])).toEqual([]);
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

  it('When the services are deployed, then the NetworkPolicies open exactly the paths the design has', () => {
    expect(grpcCallers().recruitment).toContain('matching');
    // Pods no other policy selects (a new workload, the replay job) start from nothing in, nothing out.
    const denyAll = render(BASE).filter((o) => {
      const spec = o.spec as { podSelector?: Yaml; policyTypes?: string[]; ingress?: unknown[]; egress?: unknown[] } | undefined;
      return (
        o.kind === 'NetworkPolicy' &&
        JSON.stringify(spec?.podSelector) === '{}' &&
        [...(spec?.policyTypes ?? [])].sort().join() === 'Egress,Ingress' &&
        !spec?.ingress?.length &&
        !spec?.egress?.length
      );
    });
    expect(denyAll.map((o) => o.metadata?.name)).toEqual(['default-deny']);
    expect(pathProblems(render(BASE))).toEqual([]);
    expect(pathProblems(render(OVERLAY))).toEqual([]);
  });

  it('When a NetworkPolicy opens more than the design has, or the default deny is gone, then the check names each extra path', () => {
    const base = render(BASE);
    const open: Rendered = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'too-open', namespace: NAMESPACE },
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'recruitment' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: 3101 }] }],
      },
    };
    const anyEgress: Rendered = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'any-egress', namespace: NAMESPACE },
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{}] },
    };
    const toRecruitmentHttp = (objects: Rendered[]) => pathProblems(objects).filter((p) => p.includes('→ recruitment:http'));
    // One hole is not a path: the callers' egress still stops them.
    expect(toRecruitmentHttp([...base, open])).toEqual([]);
    expect(toRecruitmentHttp([...base, open, anyEgress])).toEqual(
      ['matching', 'scheduling', 'workshops', 'resources', 'impact'].map((s) => `${s} → recruitment:http: allowed, expected denied`),
    );
    expect(pathProblems([...base, anyEgress])).toContain('impact → public HTTPS: allowed, expected denied');
    const without = (name: string) => pathProblems(base.filter((o) => o.metadata?.name !== name));
    expect(without('platform-egress')).toContain('recruitment → Kafka: denied, expected allowed');
    expect(without('scheduling-smtp-egress')).toEqual(['scheduling → SMTP relay: denied, expected allowed']);
  });
});

describe('deploy/k8s rendered (kustomize) and validated against the Kubernetes schemas', () => {
  const kustomizations = [BASE, OVERLAY, 'deploy/otel', 'deploy/keycloak'];

  it.each(kustomizations)('When %s is rendered, then every object is valid for its kind and apiVersion', (dir) => {
    const objects = render(dir);
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.flatMap(schemaProblems)).toEqual([]);
  });

  it('When an object breaks its schema or has no known kind, then the validator rejects it and names the field', () => {
    const deployment = render(BASE).find((o) => o.kind === 'Deployment' && o.metadata?.name === 'recruitment');
    expect(deployment).toBeDefined();
    expect(schemaProblems(deployment as Rendered)).toEqual([]);
    const broken = structuredClone(deployment) as Rendered & { spec: { template: { spec: { containers: Yaml[] } } } };
    const container = broken.spec.template.spec.containers[0];
    (container.ports as Yaml[])[0].containerPort = 'http';
    (container.resources as { limits: Yaml }).limits.memory = 'half a gig';
    const problems = schemaProblems(broken).join('\n');
    expect(problems).toContain('containers/0/ports/0/containerPort must be integer');
    expect(problems).toContain('containers/0/resources/limits/memory must match format "quantity"');
    expect(schemaProblems({ ...(deployment as Rendered), kind: 'Deploymnet' })).toEqual([
      'Deploymnet/recruitment: no schema for apps/v1 Deploymnet',
    ]);
    expect(schemaProblems({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { n: 1 } })).toEqual([
      'ConfigMap/x: data/data/n must be string',
    ]);
  });

  it('When the renderer meets what it does not render like kustomize, then it throws instead of guessing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binome-kustomize-'));
    try {
      fs.writeFileSync(path.join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n');
      const write = (body: string) =>
        fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`);
      write('resources: [cm.yaml]\nnamePrefix: x-\n');
      expect(() => renderKustomization(dir)).toThrow('unsupported kustomize fields namePrefix');
      write(
        'resources: [cm.yaml]\npatches:\n  - target: {kind: ConfigMap, name: b}\n    patch: "[{op: replace, path: /data/k, value: w}]"\n',
      );
      expect(() => renderKustomization(dir)).toThrow('matches no object');
      write(
        'resources: [cm.yaml]\npatches:\n  - target: {kind: ConfigMap, name: a}\n    patch: "[{op: replace, path: /data/k, value: w}]"\n',
      );
      expect(renderKustomization(dir)[0].data).toEqual({ k: 'w' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('When the overlay is rendered, then every Binôme image is pinned to a registry and a release (no latest, none left unpinned)', () => {
    const images = workloadsOf(render(OVERLAY)).map(({ workload }) =>
      String(((podSpecOf(workload)?.containers ?? []) as Yaml[])[0]?.image),
    );
    expect(images.length).toBeGreaterThanOrEqual(appServices().length);
    expect(images.filter((i) => !/^[a-z0-9.-]+\.[a-z]+\/binome\/[a-z-]+(:\d+\.\d+\.\d+|@sha256:[0-9a-f]{64})$/.test(i))).toEqual([]);
    const base = parse(read(`${BASE}/kustomization.yaml`)) as { images: { name: string }[] };
    const overlay = parse(read(`${OVERLAY}/kustomization.yaml`)) as { images: { name: string }[] };
    expect(overlay.images.map((i) => i.name).sort()).toEqual(base.images.map((i) => i.name).sort());
    expect(base.images.map((i) => i.name).sort()).toEqual(appServices().map((s) => `binome/${s}`));
  });

  it.each([BASE, OVERLAY])(
    "When %s is rendered, then each service's environment parses with the services' configuration and points at no loopback address",
    (dir) => {
      const objects = render(dir);
      const workloads = workloadsOf(objects);
      expect(new Set(workloads.map((w) => w.service))).toEqual(new Set(appServices()));
      const problems = workloads.flatMap(({ service, workload }) => {
        const env = environmentOf(workload, objects);
        const id = `${service} (${workload.kind}/${workload.metadata?.name})`;
        const read = envOf(service);
        const own = (((podSpecOf(workload)?.containers ?? []) as Yaml[])[0]?.env ?? []) as { name: string }[];
        const issues = own.filter((e) => !read.has(e.name)).map((e) => `${id}: ${e.name} is read by no configuration of ${service}`);
        issues.push(...[...read].filter(([k, v]) => v.loopbackDefault && !env[k]).map(([k]) => `${id}: ${k} keeps its loopback default`));
        try {
          const config = loadServiceConfig({ service, httpPort: 1, grpcPort: 1 }, env);
          const addresses = [config.mongo.url, config.keycloak.url, ...config.kafka.brokers, ...Object.values(config.peers)];
          issues.push(...addresses.filter((a) => /127\.0\.0\.1|localhost/.test(a)).map((a) => `${id}: loopback address ${a}`));
        } catch (e) {
          issues.push(`${id}: ${(e as Error).message}`);
        }
        return issues;
      });
      const everyKey = new Set(appServices().flatMap((s) => [...envOf(s).keys()]));
      const shared = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === 'binome-services');
      problems.push(
        ...Object.keys((shared?.data ?? {}) as Yaml)
          .filter((k) => !everyKey.has(k))
          .map((k) => `ConfigMap binome-services: ${k} is read by no service`),
      );
      expect(problems).toEqual([]);
    },
  );

  it('When the gateway is deployed, then its UPSTREAMS name every service through its cluster Service and http port', () => {
    const objects = render(BASE);
    const gateway = objects.find((o) => o.kind === 'Deployment' && o.metadata?.name === 'gateway');
    const upstreams = Object.fromEntries(
      String(environmentOf(gateway as Rendered, objects).UPSTREAMS)
        .split(',')
        .map((u) => u.split('=') as [string, string]),
    );
    const wrong = appServices()
      .filter((s) => s !== 'gateway')
      .filter((s) => {
        const service = objects.find((o) => o.kind === 'Service' && o.metadata?.name === s);
        const http = ((service?.spec as Yaml | undefined)?.ports as { name: string; port: number }[] | undefined)?.find(
          (p) => p.name === 'http',
        );
        return upstreams[s] !== `http://${s}:${http?.port}`;
      });
    expect(wrong).toEqual([]);
  });

  it('When a Deployment of a service is declared, then it has a startup probe on /healthz and a PodDisruptionBudget', () => {
    const objects = render(BASE);
    const problems = objects
      .filter((o) => o.kind === 'Deployment')
      .flatMap((d) => {
        const c = ((podSpecOf(d)?.containers ?? []) as Yaml[])[0] ?? {};
        const issues: string[] = [];
        if ((c.startupProbe as { httpGet?: { path?: string } } | undefined)?.httpGet?.path !== '/healthz') issues.push('startup probe');
        const labels = templateLabels(d as unknown as K8sObject);
        const pdb = objects.find(
          (o) => o.kind === 'PodDisruptionBudget' && selects((o.spec as Yaml).selector as { matchLabels?: Record<string, string> }, labels),
        );
        if (!pdb) issues.push('PodDisruptionBudget');
        return issues.map((i) => `${d.metadata?.name}: ${i}`);
      });
    expect(problems).toEqual([]);
  });

  it('When the realm exports are packaged for Kubernetes, then the ConfigMap holds every export of deploy/keycloak unchanged', () => {
    const [realms] = render('deploy/keycloak');
    const files = fs.readdirSync(path.join(ROOT, 'deploy', 'keycloak')).filter((f) => f.endsWith('.json'));
    expect(Object.keys(realms.data as Yaml).sort()).toEqual(files.sort());
    for (const f of files) expect((realms.data as Record<string, string>)[f]).toBe(read(`deploy/keycloak/${f}`));
  });

  it('When the collector runs on Kubernetes, then it mounts collector.yaml and sets every ${env:…} it reads', () => {
    const objects = render('deploy/otel');
    const config = objects.find((o) => o.kind === 'ConfigMap');
    expect((config?.data as Record<string, string>)['config.yaml']).toBe(read('deploy/otel/collector.yaml'));
    const deployment = objects.find((o) => o.kind === 'Deployment') as Rendered;
    const env = environmentOf(deployment, objects);
    const wanted = [...read('deploy/otel/collector.yaml').matchAll(/\$\{env:([A-Z_]+)\}/g)].map(([, v]) => v);
    expect(wanted.filter((v) => !env[v])).toEqual([]);
  });
});

describe('deploy/kafka/topics.yaml', () => {
  const topics = kafkaTopics();
  const names = topics.map((t) => t.spec?.topicName ?? t.metadata?.name);
  const code = topicsOfCode();
  const byName = (n: string) => topics.find((t) => (t.spec?.topicName ?? t.metadata?.name) === n);

  it('When the topics are listed, then they are exactly those of topics.ts, the partners and one dead-letter topic per consumer group', () => {
    expect(code.deadLetters).toContain('binome.dlt.impact');
    expect(code.service).toContain('binome.recruitment.v1');
    expect([...names].sort()).toEqual([...code.service, ...code.referrals, ...code.deadLetters].sort());
  });

  it('When the load profile starts, then it moves every consumer group of the code to the end of the shared topics (none reads other runs’ history)', () => {
    const list = /const GROUPS = \[([^\]]*)\]/.exec(read('tools/bench/src/load/load-platform.ts'))?.[1] ?? '';
    const moved = [...list.matchAll(/'([a-z-]+)'/g)].map(([, g]) => `binome.dlt.${g}`);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.sort()).toEqual([...code.deadLetters].sort());
  });

  it('When a topic is declared, then it is a Strimzi KafkaTopic with the partitions the services create, 3 replicas and min.insync.replicas below them', () => {
    const partitions = Number(/export async function ensureTopics\([^)]*numPartitions = (\d+)/.exec(read('libs/events/src/kafka.ts'))?.[1]);
    expect(partitions).toBe(3);
    const wrong = topics
      .filter(
        (t) =>
          t.apiVersion !== 'kafka.strimzi.io/v1beta2' ||
          t.kind !== 'KafkaTopic' ||
          !t.metadata?.labels?.['strimzi.io/cluster'] ||
          t.spec?.partitions !== partitions ||
          t.spec?.replicas !== 3 ||
          Number(t.spec?.config?.['min.insync.replicas']) !== 2,
      )
      .map((t) => t.metadata?.name);
    expect(wrong).toEqual([]);
  });

  it("When impact's replay reads a topic from the beginning, then that topic is kept forever, and topics with contact details are not", () => {
    const replayed = ['recruitment', 'matching', 'scheduling', 'workshops', 'impact'].map((s) => `binome.${s}.v1`);
    const source = read('apps/impact/src/impact.service.ts');
    for (const s of ['recruitment', 'matching', 'scheduling', 'workshops', 'impact'])
      expect(source).toContain(`${s}: options.topics?.${s}`);
    expect(replayed.filter((t) => Number(byName(t)?.spec?.config?.['retention.ms']) !== -1)).toEqual([]);
    const personal = [...code.referrals, ...code.deadLetters];
    expect(personal.filter((t) => !(Number(byName(t)?.spec?.config?.['retention.ms']) > 0))).toEqual([]);
  });
});
