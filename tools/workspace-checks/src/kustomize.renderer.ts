// Renders a kustomization the way `kubectl kustomize` does, for the subset of kustomize the
// repository's kustomizations use, so that `npm test` checks the objects that would be applied
// (no kustomize binary or download at test time; no well-kept kustomize renderer exists on npm).
// Anything outside that subset throws instead of being rendered differently from kustomize.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export type K8sObject = {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string>; [k: string]: unknown };
  [k: string]: unknown;
};

interface Kustomization {
  resources?: string[];
  namespace?: string;
  labels?: { pairs?: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  patches?: { path?: string; patch?: string; target?: { kind?: string; name?: string } }[];
  configMapGenerator?: { name: string; files?: string[]; literals?: string[] }[];
  generatorOptions?: { disableNameSuffixHash?: boolean };
}

const SUPPORTED = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'labels',
  'images',
  'patches',
  'configMapGenerator',
  'generatorOptions',
]);

/** Kinds that live outside namespaces (the namespace transformer leaves them alone). */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'IngressClass']);

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readKustomization(dir: string): Kustomization {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`${dir}: no kustomization.yaml`);
  const k = parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (k.kind !== 'Kustomization') throw new Error(`${file}: kind is ${String(k.kind)}, not Kustomization`);
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length) throw new Error(`${file}: unsupported kustomize fields ${unsupported.join(', ')}`);
  return k as Kustomization;
}

/** Within the kustomization's root, as kustomize's default load restrictor requires of files. */
function fileWithin(root: string, relative: string): string {
  const full = path.resolve(root, relative);
  if (path.relative(root, full).startsWith('..')) throw new Error(`${relative}: outside the kustomization root ${root}`);
  if (!fs.existsSync(full)) throw new Error(`${full}: not found`);
  return full;
}

function loadObjects(file: string): K8sObject[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS() as K8sObject | null;
    return value === null ? [] : [value];
  });
}

function generateConfigMaps(root: string, k: Kustomization): K8sObject[] {
  if (!k.configMapGenerator?.length) return [];
  if (k.generatorOptions?.disableNameSuffixHash !== true)
    throw new Error(`${root}: configMapGenerator without disableNameSuffixHash (name hashing is not rendered here)`);
  return k.configMapGenerator.map((g) => {
    const data: Record<string, string> = {};
    for (const entry of g.files ?? []) {
      const [key, source] = entry.includes('=') ? entry.split('=', 2) : [path.basename(entry), entry];
      data[key] = fs.readFileSync(fileWithin(root, source), 'utf8');
    }
    for (const literal of g.literals ?? []) {
      const at = literal.indexOf('=');
      data[literal.slice(0, at)] = literal.slice(at + 1);
    }
    return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data };
  });
}

/** Strategic merge as kustomize applies it to maps and to lists of named items (containers, env, …). */
export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (isMap(patch) && '$patch' in patch) throw new Error('$patch directives are not supported');
  if (isMap(target) && isMap(patch)) {
    const out: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(patch)) out[key] = value === null ? undefined : strategicMerge(target[key], value);
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out;
  }
  const named = (list: unknown[]) => list.every((item) => isMap(item) && typeof item.name === 'string');
  if (Array.isArray(target) && Array.isArray(patch) && named(target) && named(patch)) {
    const out = [...target] as Record<string, unknown>[];
    for (const item of patch as Record<string, unknown>[]) {
      const at = out.findIndex((t) => t.name === item.name);
      if (at >= 0) out[at] = strategicMerge(out[at], item) as Record<string, unknown>;
      else out.push(item);
    }
    return out;
  }
  return patch;
}

/** RFC 6902 add/replace/remove with RFC 6901 pointers. */
export function jsonPatch(target: K8sObject, ops: { op: string; path: string; value?: unknown }[]): K8sObject {
  const doc = structuredClone(target) as unknown;
  for (const { op, path: pointer, value } of ops) {
    if (!['add', 'replace', 'remove'].includes(op)) throw new Error(`JSON patch op ${op} is not supported`);
    const tokens = pointer
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop();
    if (last === undefined) throw new Error(`JSON patch path ${pointer}: the whole document`);
    let parent = doc as Record<string, unknown> | unknown[];
    for (const t of tokens) {
      const next = Array.isArray(parent) ? parent[Number(t)] : parent[t];
      if (typeof next !== 'object' || next === null) throw new Error(`JSON patch path ${pointer}: ${t} does not exist`);
      parent = next as Record<string, unknown> | unknown[];
    }
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length || (op !== 'add' && index >= parent.length))
        throw new Error(`JSON patch path ${pointer}: no index ${last}`);
      if (op === 'add') parent.splice(index, 0, value);
      else if (op === 'replace') parent[index] = value;
      else parent.splice(index, 1);
    } else {
      if (op !== 'add' && !(last in parent)) throw new Error(`JSON patch path ${pointer}: ${last} does not exist`);
      if (op === 'remove') delete parent[last];
      else parent[last] = value;
    }
  }
  return doc as K8sObject;
}

/** A target's kind and name, anchored regular expressions as in kustomize. */
function matches(o: K8sObject, target: { kind?: string; name?: string }): boolean {
  const unsupported = Object.keys(target).filter((k) => k !== 'kind' && k !== 'name');
  if (unsupported.length) throw new Error(`patch target fields ${unsupported.join(', ')} are not supported`);
  const test = (pattern: string | undefined, value: string | undefined) =>
    pattern === undefined || new RegExp(`^(?:${pattern})$`).test(value ?? '');
  return test(target.kind, o.kind) && test(target.name, o.metadata?.name);
}

function applyPatches(root: string, k: Kustomization, objects: K8sObject[]): K8sObject[] {
  let out = objects;
  for (const p of k.patches ?? []) {
    const text = p.path !== undefined ? fs.readFileSync(fileWithin(root, p.path), 'utf8') : p.patch;
    if (text === undefined) throw new Error(`${root}: a patch without path or patch`);
    const body = parse(text) as unknown;
    let hits = 0;
    if (Array.isArray(body)) {
      if (!p.target) throw new Error(`${root}: a JSON patch needs a target`);
      const target = p.target;
      out = out.map((o) => (matches(o, target) ? (hits++, jsonPatch(o, body as { op: string; path: string }[])) : o));
    } else if (isMap(body)) {
      const patch = body as K8sObject;
      const target = p.target ?? { kind: patch.kind, name: patch.metadata?.name };
      out = out.map((o) => (matches(o, target) ? (hits++, strategicMerge(o, patch) as K8sObject) : o));
    } else throw new Error(`${root}: a patch that is neither a JSON patch nor an object`);
    if (hits === 0) throw new Error(`${root}: patch ${p.path ?? JSON.stringify(p.target)} matches no object`);
  }
  return out;
}

/** Every containers/initContainers list in the object (pods, pod templates, job templates). */
function containerLists(value: unknown): Record<string, unknown>[][] {
  if (Array.isArray(value)) return value.flatMap(containerLists);
  if (!isMap(value)) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'containers' || key === 'initContainers') && Array.isArray(v)
      ? [v as Record<string, unknown>[], ...containerLists(v)]
      : containerLists(v),
  );
}

function setImages(k: Kustomization, objects: K8sObject[]): K8sObject[] {
  if (!k.images?.length) return objects;
  return objects.map((o) => {
    const copy = structuredClone(o);
    for (const list of containerLists(copy))
      for (const container of list) {
        const image = String(container.image ?? '');
        const [, name, tag, digest] = /^(.+?)(?::([^:/@]+))?(?:@(.+))?$/.exec(image) ?? [];
        const rule = k.images?.find((i) => i.name === name);
        if (!rule) continue;
        const newName = rule.newName ?? name;
        container.image = rule.digest
          ? `${newName}@${rule.digest}`
          : rule.newTag
            ? `${newName}:${rule.newTag}`
            : `${newName}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
      }
    return copy;
  });
}

function setNamespace(k: Kustomization, objects: K8sObject[]): K8sObject[] {
  if (!k.namespace) return objects;
  return objects.map((o) => (CLUSTER_SCOPED.has(o.kind ?? '') ? o : { ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
}

function setLabels(k: Kustomization, objects: K8sObject[]): K8sObject[] {
  let out = objects;
  for (const l of k.labels ?? []) {
    if (l.includeSelectors || l.includeTemplates) throw new Error('labels with includeSelectors or includeTemplates are not supported');
    out = out.map((o) => ({ ...o, metadata: { ...o.metadata, labels: { ...o.metadata?.labels, ...l.pairs } } }));
  }
  return out;
}

/** The objects `kubectl kustomize <dir>` prints (in resource order), for the supported subset. */
export function renderKustomization(dir: string): K8sObject[] {
  const root = path.resolve(dir);
  const k = readKustomization(root);
  const loaded = (k.resources ?? []).flatMap((r) => {
    const full = path.resolve(root, r);
    if (!fs.existsSync(full)) throw new Error(`${root}: resource ${r} not found`);
    return fs.statSync(full).isDirectory() ? renderKustomization(full) : loadObjects(fileWithin(root, r));
  });
  const objects = [...loaded, ...generateConfigMaps(root, k)];
  const rendered = setImages(k, setLabels(k, setNamespace(k, applyPatches(root, k, objects))));
  const ids = rendered.map((o) => `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`${root}: objects declared twice: ${twice.join(', ')}`);
  return rendered;
}
