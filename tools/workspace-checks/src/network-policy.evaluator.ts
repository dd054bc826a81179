// Decides whether NetworkPolicies let one pod open a connection to a destination, with the
// semantics of networking.k8s.io/v1: a pod selected by a policy of a direction is isolated in that
// direction and admits only what some rule of those policies allows; rules with no peers allow
// every peer, rules with no ports every port; named ports are the destination container's.
// ipBlock peers are taken to match addresses outside the cluster only (pod addresses are private).
import ipaddr from 'ipaddr.js';
import type { K8sObject } from './kustomize.renderer';

type Labels = Record<string, string>;
interface Selector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}
interface Peer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface PortRule {
  port?: number | string;
  endPort?: number;
  protocol?: string;
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: PortRule[];
}
interface PolicySpec {
  podSelector?: Selector;
  policyTypes?: string[];
  ingress?: Rule[];
  egress?: Rule[];
}

/** A pod (its namespace's labels, its own labels, its container ports by name) or an outside address. */
export type Endpoint =
  | { namespace: string; namespaceLabels: Labels; labels: Labels; ports: Record<string, number> }
  | { ip: string; ports?: Record<string, number> };
export interface Connection {
  port: number;
  protocol?: 'TCP' | 'UDP';
}

export function selectorMatches(selector: Selector | undefined, labels: Labels): boolean {
  if (!selector) return true;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector.matchExpressions ?? []).every((e) => {
    if (e.operator === 'In') return (e.values ?? []).includes(labels[e.key]);
    if (e.operator === 'NotIn') return !(e.values ?? []).includes(labels[e.key]);
    if (e.operator === 'Exists') return e.key in labels;
    if (e.operator === 'DoesNotExist') return !(e.key in labels);
    throw new Error(`unknown selector operator ${e.operator}`);
  });
  return byLabel && byExpression;
}

function inCidr(ip: string, cidr: string): boolean {
  const address = ipaddr.parse(ip);
  const range = ipaddr.parseCIDR(cidr);
  return address.kind() === range[0].kind() && address.match(range);
}

/** Whether `peer`, written in a policy of `policyNamespace`, names `other`. */
function peerMatches(peer: Peer, policyNamespace: string, other: Endpoint): boolean {
  if (peer.ipBlock) {
    if (!('ip' in other)) return false;
    return inCidr(other.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((c) => inCidr(other.ip, c));
  }
  if ('ip' in other) return false;
  const namespaceOk = peer.namespaceSelector
    ? selectorMatches(peer.namespaceSelector, other.namespaceLabels)
    : other.namespace === policyNamespace;
  return namespaceOk && selectorMatches(peer.podSelector, other.labels);
}

function portMatches(rule: PortRule, destination: Endpoint, c: Connection): boolean {
  if ((rule.protocol ?? 'TCP') !== (c.protocol ?? 'TCP')) return false;
  if (rule.port === undefined) return true;
  const port = typeof rule.port === 'number' ? rule.port : destination.ports?.[rule.port];
  if (port === undefined) return false;
  return rule.endPort ? c.port >= port && c.port <= rule.endPort : c.port === port;
}

function policiesOf(objects: K8sObject[], pod: Endpoint, direction: 'Ingress' | 'Egress'): { namespace: string; spec: PolicySpec }[] {
  if ('ip' in pod) return [];
  return objects
    .filter((o) => o.kind === 'NetworkPolicy' && (o.metadata?.namespace ?? pod.namespace) === pod.namespace)
    .map((o) => ({ namespace: o.metadata?.namespace ?? pod.namespace, spec: (o.spec ?? {}) as PolicySpec }))
    .filter(({ spec }) => {
      const types = spec.policyTypes ?? (spec.egress ? ['Ingress', 'Egress'] : ['Ingress']);
      return types.includes(direction) && selectorMatches(spec.podSelector, pod.labels);
    });
}

/** Whether `source` may open `connection` to `destination` under the policies among `objects`. */
export function allowed(objects: K8sObject[], source: Endpoint, destination: Endpoint, connection: Connection): boolean {
  const egress = policiesOf(objects, source, 'Egress');
  const out =
    egress.length === 0 ||
    egress.some(({ namespace, spec }) =>
      (spec.egress ?? []).some(
        (rule) =>
          (!rule.to?.length || rule.to.some((peer) => peerMatches(peer, namespace, destination))) &&
          (!rule.ports?.length || rule.ports.some((p) => portMatches(p, destination, connection))),
      ),
    );
  const ingress = policiesOf(objects, destination, 'Ingress');
  const into =
    ingress.length === 0 ||
    ingress.some(({ namespace, spec }) =>
      (spec.ingress ?? []).some(
        (rule) =>
          (!rule.from?.length || rule.from.some((peer) => peerMatches(peer, namespace, source))) &&
          (!rule.ports?.length || rule.ports.some((p) => portMatches(p, destination, connection))),
      ),
    );
  return out && into;
}
