// Validates Kubernetes objects against the API's JSON schemas as shipped (compiled for ajv) in the
// npm package kubernetes-models: the same check `kubectl apply --dry-run=server` starts with
// (types, required fields, formats such as quantities), without a cluster or a download.
// Kubernetes' own schemas leave objects open, so an unknown field is not reported.
import * as coreV1 from 'kubernetes-models/v1';
import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as batchV1 from 'kubernetes-models/batch/v1';
import * as networkingV1 from 'kubernetes-models/networking.k8s.io/v1';
import * as policyV1 from 'kubernetes-models/policy/v1';
import type { K8sObject } from './kustomize.renderer';

interface Model {
  apiVersion?: string;
  kind?: string;
  new (data: unknown): { validate(): void };
}

/** The API groups the manifests use; an object of another group is reported, not skipped. */
const GROUPS: Record<string, Record<string, unknown>> = {
  v1: coreV1,
  'apps/v1': appsV1,
  'autoscaling/v2': autoscalingV2,
  'batch/v1': batchV1,
  'networking.k8s.io/v1': networkingV1,
  'policy/v1': policyV1,
};

/** The schema's complaints about one object (empty when valid), prefixed by its kind and name. */
export function schemaProblems(o: K8sObject): string[] {
  const id = `${o.kind}/${o.metadata?.name}`;
  const group = GROUPS[String(o.apiVersion)];
  const model = group?.[String(o.kind)] as Model | undefined;
  // Sub-object classes (DeploymentSpec, …) are exported too: only top-level kinds carry these.
  if (typeof model !== 'function' || model.kind !== o.kind || model.apiVersion !== o.apiVersion)
    return [`${id}: no schema for ${o.apiVersion} ${o.kind}`];
  try {
    new model(o).validate();
    return [];
  } catch (e) {
    return [`${id}: ${(e as Error).message}`];
  }
}
