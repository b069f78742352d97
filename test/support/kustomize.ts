/**
 * Just enough of Kustomize to render k8s/ without the binary: `resources` (files and
 * directories), `namespace`, `images` (newName / newTag / digest), `patches` given by path
 * (strategic merge: maps merge, lists of named items merge by name, other lists are
 * replaced, null deletes) and `configMapGenerator` from files with
 * `generatorOptions.disableNameSuffixHash`. Anything else in a kustomization.yaml throws, so
 * a manifest that grows past it cannot be checked half-rendered. Where `kubectl` is
 * installed, the test compares this rendering with `kubectl kustomize`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Any YAML value: manifests are free-form, and the tests read them as such. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type Yaml = any;
export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; [k: string]: Yaml };
  [k: string]: Yaml;
};

const SUPPORTED = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'resources',
  'images',
  'patches',
  'configMapGenerator',
  'generatorOptions',
]);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'ClusterIssuer']);

/** The YAML documents of a file, empty ones skipped. */
export function readManifests(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
      return doc.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null);
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const named = (list: unknown[]) => list.every((item) => isMap(item) && typeof item.name === 'string');

/** Strategic-merge `patch` into `base` (new object; neither is changed). */
export function strategicMerge(base: unknown, patch: unknown): unknown {
  if (isMap(base) && isMap(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) delete out[key];
      else out[key] = key in base ? strategicMerge(base[key], value) : value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch) && named(base) && named(patch)) {
    const out = base.map((item) => {
      const match = patch.find((p) => (p as { name: string }).name === (item as { name: string }).name);
      return match ? strategicMerge(item, match) : item;
    });
    for (const p of patch) {
      if (!base.some((item) => (item as { name: string }).name === (p as { name: string }).name)) out.push(p);
    }
    return out;
  }
  return patch;
}

/** Every pod spec inside an object (Deployment, Job, CronJob…). */
export function podSpecOf(o: K8sObject): Yaml | null {
  if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec ?? null;
  return o.spec?.template?.spec ?? null;
}

interface ImageRule {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

function applyImages(objects: K8sObject[], rules: ImageRule[]): void {
  for (const o of objects) {
    const pod = podSpecOf(o);
    if (!pod) continue;
    for (const c of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) {
      const m = /^(.*?)(?::([^:@/]+))?(?:@(.+))?$/.exec(c.image as string)!;
      const rule = rules.find((r) => r.name === m[1]);
      if (!rule) continue;
      const name = rule.newName ?? m[1];
      c.image = rule.digest
        ? `${name}@${rule.digest}`
        : `${name}${(rule.newTag ?? m[2]) ? `:${rule.newTag ?? m[2]}` : ''}`;
    }
  }
}

/** Renders the kustomization in `dir` to its objects, in resource order. */
export function renderKustomization(dir: string): K8sObject[] {
  const k = readManifests(join(dir, 'kustomization.yaml'))[0] as unknown as Record<string, unknown>;
  for (const key of Object.keys(k)) {
    if (!SUPPORTED.has(key)) throw new Error(`${dir}/kustomization.yaml: '${key}' is not supported here`);
  }
  let objects: K8sObject[] = [];
  for (const res of (k.resources as string[] | undefined) ?? []) {
    const path = join(dir, res);
    objects.push(...(statSync(path).isDirectory() ? renderKustomization(path) : readManifests(path)));
  }
  const options = (k.generatorOptions ?? {}) as {
    disableNameSuffixHash?: boolean;
    labels?: Record<string, string>;
  };
  for (const gen of (k.configMapGenerator as Array<{ name: string; files: string[] }> | undefined) ?? []) {
    if (!options.disableNameSuffixHash)
      throw new Error('configMapGenerator needs disableNameSuffixHash here');
    objects.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: gen.name, ...(options.labels ? { labels: { ...options.labels } } : {}) },
      data: Object.fromEntries(gen.files.map((f) => [basename(f), readFileSync(join(dir, f), 'utf8')])),
    });
  }
  for (const p of (k.patches as Array<{ path?: string }> | undefined) ?? []) {
    if (!p.path) throw new Error('only patches given by path are supported here');
    for (const patch of readManifests(join(dir, p.path))) {
      const i = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (i < 0) throw new Error(`${p.path}: no ${patch.kind} ${patch.metadata.name} to patch`);
      objects[i] = strategicMerge(objects[i], patch) as K8sObject;
    }
  }
  if (k.images) applyImages(objects, k.images as ImageRule[]);
  if (typeof k.namespace === 'string') {
    const ns = k.namespace;
    objects = objects.map((o) =>
      CLUSTER_SCOPED.has(o.kind) ? o : { ...o, metadata: { ...o.metadata, namespace: ns } },
    );
  }
  return objects;
}
