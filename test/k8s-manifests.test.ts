/**
 * The Kubernetes manifests (k8s/base and k8s/overlays/production), rendered and checked
 * against the code they deploy (issue #13, item 4):
 *
 * - rendered by test/support/kustomize.ts, and identical to `kubectl kustomize` where kubectl
 *   is installed;
 * - every container has requests and a memory limit and runs as Pod Security "restricted"
 *   wants; every long-running one has startup, liveness and readiness probes; every image is
 *   pinned to a version (never `latest`);
 * - selectors match pod labels, and every name one object uses (Service port, ConfigMap,
 *   Secret key, PVC, scale target) exists;
 * - the API and a worker, started with exactly the environment the manifests give their
 *   containers (only the database and Redis addresses swapped for the test's), parse their
 *   config, answer every probe path with 200 and serve /metrics; the worker's grace period is
 *   longer than its shutdown deadline as its config schema reads it;
 * - the KEDA query and every alert name metrics the running processes really export (or
 *   kube-state-metrics / redis_exporter), with the namespace, queue and job states they use;
 * - the production Ingress terminates TLS through cert-manager and streams SSE.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { apiEnvSchema, parseEnv, workerEnvSchema } from '@pa/config';
import { createApiMetrics } from '@pa/observability';
import type { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createHealthServer } from '../apps/worker/src/health-server.js';
import { QUEUE_DEPTH_STATES } from '../apps/worker/src/queue-depth.js';
import { repoRoot } from '../scripts/lib/root.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import {
  type K8sObject,
  podSpecOf,
  readManifests,
  renderKustomization,
  type Yaml,
} from './support/kustomize.js';
import { type InProcessApi, startApi, startWorker } from './support/stack.js';

const K8S = join(repoRoot, 'k8s');
const NAMESPACE = 'payments-analytics';
const rendered = {
  base: renderKustomization(join(K8S, 'base')),
  production: renderKustomization(join(K8S, 'overlays/production')),
};
/** The Secret is created from a secret store, not applied; its template names every key. */
const secretTemplate = readManifests(join(K8S, 'base/secret.template.yaml'))[0]!;
const secretKeys: Record<string, string> = secretTemplate.stringData;
/** Variables read outside the two apps' config schemas, and by whom. */
const READ_ELSEWHERE = {
  SUPERUSER_DATABASE_URL: 'scripts/harden.ts (the migrate Job)',
  BACKUP_DATABASE_URL: 'k8s/base/backup/pg-backup.sh (the backup CronJob)',
};

type Any = Yaml;
const ofKind = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);
const find = (objects: K8sObject[], kind: string, name: string) => {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name}`);
  return o;
};
const workloads = (objects: K8sObject[]) => objects.filter((o) => podSpecOf(o) !== null);
const podLabels = (o: K8sObject): Record<string, string> =>
  (o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template : o.spec.template).metadata?.labels ?? {};
const containersOf = (o: K8sObject): Any[] => [
  ...(podSpecOf(o).initContainers ?? []),
  ...(podSpecOf(o).containers ?? []),
];

function matches(selector: Any, labels: Record<string, string>): boolean {
  const byLabel = Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpression = (selector?.matchExpressions ?? []).every((e: Any) => {
    if (e.operator === 'In') return e.values.includes(labels[e.key]);
    if (e.operator === 'NotIn') return !e.values.includes(labels[e.key]);
    if (e.operator === 'Exists') return e.key in labels;
    if (e.operator === 'DoesNotExist') return !(e.key in labels);
    throw new Error(`operator ${e.operator}`);
  });
  return byLabel && byExpression;
}

/** The environment a container gets: envFrom ConfigMaps and the Secret (template), then env. */
function containerEnv(objects: K8sObject[], container: Any): Record<string, string> {
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) Object.assign(env, find(objects, 'ConfigMap', from.configMapRef.name).data);
    if (from.secretRef) {
      expect(from.secretRef.name).toBe(secretTemplate.metadata.name);
      Object.assign(env, secretKeys);
    }
  }
  for (const e of container.env ?? []) {
    if ('value' in e) env[e.name] = String(e.value);
    else if (e.valueFrom?.secretKeyRef) {
      expect(e.valueFrom.secretKeyRef.name).toBe(secretTemplate.metadata.name);
      expect(Object.keys(secretKeys), `${e.name}: Secret key`).toContain(e.valueFrom.secretKeyRef.key);
      env[e.name] = secretKeys[e.valueFrom.secretKeyRef.key]!;
    } else if (e.valueFrom?.configMapKeyRef) {
      env[e.name] = find(objects, 'ConfigMap', e.valueFrom.configMapKeyRef.name).data[
        e.valueFrom.configMapKeyRef.key
      ];
    }
  }
  return env;
}

/** The object schema's variables, through the transforms and refinements wrapped around it. */
function schemaKeys(schema: unknown): string[] {
  let s: Any = schema;
  while (s && !s.shape) s = s.in ?? s._zod?.def?.in;
  return Object.keys(s.shape);
}

/** Names in a PromQL expression that come from an exporter we know. */
const metricNames = (expr: string) => [...new Set(expr.match(/\b(pa|kube|redis)_[a-z0-9_]+\b/g) ?? [])];

/** Every metric name a registry's exposition can carry (histograms add _bucket, _sum, _count). */
async function exposedNames(registry: Registry) {
  const names = new Set<string>();
  for (const m of await registry.getMetricsAsJSON()) {
    names.add(m.name);
    if (String(m.type) === 'histogram')
      for (const s of ['_bucket', '_sum', '_count']) names.add(`${m.name}${s}`);
  }
  return names;
}

const kubectl = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.each(Object.entries(rendered))('k8s %s', (variant, objects) => {
  it.skipIf(!kubectl)('renders exactly as `kubectl kustomize` does', () => {
    const dir = variant === 'base' ? join(K8S, 'base') : join(K8S, 'overlays/production');
    const theirs = parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map(
      (d) => d.toJS(),
    ) as K8sObject[];
    const key = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;
    expect(objects.map(key).sort()).toEqual(theirs.map(key).sort());
    for (const o of theirs) {
      expect(
        isDeepStrictEqual(
          objects.find((m) => key(m) === key(o)),
          o,
        ),
        key(o),
      ).toBe(true);
    }
  });

  it('puts everything in the namespace, which it creates', () => {
    expect(find(objects, 'Namespace', NAMESPACE)).toBeDefined();
    for (const o of objects.filter((x) => x.kind !== 'Namespace')) {
      expect(o.metadata.namespace, `${o.kind}/${o.metadata.name}`).toBe(NAMESPACE);
    }
  });

  it('pins every image to a version, never latest', () => {
    for (const w of workloads(objects)) {
      for (const c of containersOf(w)) {
        const image = c.image as string;
        const tag = /:([^:@/]+)$/.exec(image.split('@')[0]!)?.[1];
        expect(tag ?? (image.includes('@sha256:') ? 'digest' : undefined), image).toBeDefined();
        expect(tag, image).not.toBe('latest');
        expect(image, image).not.toMatch(/:latest\b/);
      }
    }
  });

  it('gives every container requests, a memory limit and the restricted security context', () => {
    for (const w of workloads(objects)) {
      const pod = podSpecOf(w);
      expect(pod.securityContext?.runAsNonRoot, `${w.metadata.name}: runAsNonRoot`).toBe(true);
      expect(pod.securityContext?.seccompProfile?.type, w.metadata.name).toBe('RuntimeDefault');
      expect(pod.automountServiceAccountToken, w.metadata.name).toBe(false);
      for (const c of containersOf(w)) {
        const where = `${w.kind}/${w.metadata.name}/${c.name}`;
        expect(c.resources?.requests?.cpu, `${where}: requests.cpu`).toBeDefined();
        expect(c.resources?.requests?.memory, `${where}: requests.memory`).toBeDefined();
        expect(c.resources?.limits?.memory, `${where}: limits.memory`).toBeDefined();
        expect(c.securityContext?.allowPrivilegeEscalation, where).toBe(false);
        expect(c.securityContext?.readOnlyRootFilesystem, where).toBe(true);
        expect(c.securityContext?.capabilities?.drop, where).toEqual(['ALL']);
      }
    }
  });

  it('gives every long-running container startup, liveness and readiness probes on its own named ports', () => {
    for (const d of ofKind(objects, 'Deployment')) {
      for (const c of podSpecOf(d).containers) {
        const ports = (c.ports ?? []).map((p: Any) => p.name);
        for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
          expect(c[probe]?.httpGet?.path, `${d.metadata.name}/${c.name}: ${probe}`).toMatch(/^\//);
          expect(ports, `${d.metadata.name}/${c.name}: ${probe} port`).toContain(c[probe].httpGet.port);
        }
      }
    }
  });

  it('matches every selector to pod labels and every reference to an object that exists', () => {
    for (const d of ofKind(objects, 'Deployment')) {
      expect(matches(d.spec.selector, podLabels(d)), `${d.metadata.name}: selector`).toBe(true);
      // No replicas: an autoscaler owns the count.
      expect(d.spec.replicas, `${d.metadata.name}: replicas`).toBeUndefined();
      const scaled = [
        ...ofKind(objects, 'HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name),
        ...ofKind(objects, 'ScaledObject').map((s) => s.spec.scaleTargetRef.name),
      ];
      expect(scaled, `${d.metadata.name} is autoscaled`).toContain(d.metadata.name);
    }
    for (const kind of ['HorizontalPodAutoscaler', 'ScaledObject']) {
      for (const h of ofKind(objects, kind)) find(objects, 'Deployment', h.spec.scaleTargetRef.name);
    }
    for (const s of ofKind(objects, 'Service')) {
      const selected = workloads(objects).filter((w) =>
        matches({ matchLabels: s.spec.selector }, podLabels(w)),
      );
      expect(
        selected.map((w) => w.kind),
        `Service ${s.metadata.name}`,
      ).toEqual(['Deployment']);
      const containerPorts = podSpecOf(selected[0]!).containers.flatMap((c: Any) =>
        c.ports.map((p: Any) => p.name),
      );
      for (const p of s.spec.ports)
        expect(containerPorts, `Service ${s.metadata.name}`).toContain(p.targetPort);
    }
    for (const pdb of ofKind(objects, 'PodDisruptionBudget')) {
      const selected = ofKind(objects, 'Deployment').filter((d) => matches(pdb.spec.selector, podLabels(d)));
      expect(selected, `PDB ${pdb.metadata.name}`).toHaveLength(1);
    }
    for (const np of ofKind(objects, 'NetworkPolicy')) {
      if (Object.keys(np.spec.podSelector).length === 0) continue;
      const selected = workloads(objects).filter((w) => matches(np.spec.podSelector, podLabels(w)));
      expect(selected.length, `NetworkPolicy ${np.metadata.name} selects pods`).toBeGreaterThan(0);
    }
    for (const sm of ofKind(objects, 'ServiceMonitor')) {
      const services = ofKind(objects, 'Service').filter((s) =>
        matches(sm.spec.selector, s.metadata.labels ?? {}),
      );
      expect(services, `ServiceMonitor ${sm.metadata.name}`).toHaveLength(1);
      for (const e of sm.spec.endpoints) {
        expect(
          services[0]!.spec.ports.map((p: Any) => p.name),
          `ServiceMonitor ${sm.metadata.name}`,
        ).toContain(e.port);
      }
    }
    for (const w of workloads(objects)) {
      for (const v of podSpecOf(w).volumes ?? []) {
        if (v.configMap) find(objects, 'ConfigMap', v.configMap.name);
        if (v.persistentVolumeClaim)
          find(objects, 'PersistentVolumeClaim', v.persistentVolumeClaim.claimName);
      }
      const mounts = containersOf(w).flatMap((c) => (c.volumeMounts ?? []).map((m: Any) => m.name));
      for (const m of mounts)
        expect(
          (podSpecOf(w).volumes ?? []).map((v: Any) => v.name),
          w.metadata.name,
        ).toContain(m);
      if (podSpecOf(w).serviceAccountName) find(objects, 'ServiceAccount', podSpecOf(w).serviceAccountName);
    }
  });

  it('sets every variable the apps need, and nothing they do not read', () => {
    const known = new Set([
      ...schemaKeys(apiEnvSchema),
      ...schemaKeys(workerEnvSchema),
      ...Object.keys(READ_ELSEWHERE),
    ]);
    for (const key of [
      ...Object.keys(find(objects, 'ConfigMap', 'pa-config').data),
      ...Object.keys(secretKeys),
    ]) {
      expect(known.has(key), `${key} is read by nobody`).toBe(true);
    }
    const api = podSpecOf(find(objects, 'Deployment', 'pa-api')).containers[0];
    const worker = podSpecOf(find(objects, 'Deployment', 'pa-worker')).containers[0];
    // The schemas themselves decide: required variables without a default, and cross-field rules.
    expect(() => parseEnv(apiEnvSchema, containerEnv(objects, api))).not.toThrow();
    expect(() => parseEnv(workerEnvSchema, containerEnv(objects, worker))).not.toThrow();
    const migrate = containerEnv(objects, podSpecOf(find(objects, 'Job', 'pa-migrate')).containers[0]);
    expect(migrate.DATABASE_URL).toMatch(/^postgres/);
    const backup = containerEnv(objects, podSpecOf(find(objects, 'CronJob', 'pa-backup')).containers[0]);
    expect(backup.BACKUP_DATABASE_URL).toMatch(/^postgres/);
  });

  it('gives workers a grace period longer than their shutdown deadline', () => {
    const worker = find(objects, 'Deployment', 'pa-worker');
    const config = parseEnv(workerEnvSchema, containerEnv(objects, podSpecOf(worker).containers[0]));
    const graceMs = podSpecOf(worker).terminationGracePeriodSeconds * 1000;
    expect(graceMs).toBeGreaterThan(config.SHUTDOWN_TIMEOUT_MS);
    // After the deadline the worker closes its pools (up to 3 s) and forces the rest (2 s).
    expect(graceMs).toBeGreaterThanOrEqual(config.SHUTDOWN_TIMEOUT_MS + 5_000);
  });

  it('scales workers on waiting + prioritized + active jobs of its own queue, below their concurrency', () => {
    const so = find(objects, 'ScaledObject', 'pa-worker');
    const worker = find(objects, 'Deployment', 'pa-worker');
    const config = parseEnv(workerEnvSchema, containerEnv(objects, podSpecOf(worker).containers[0]));
    expect(so.spec.triggers).toHaveLength(1);
    const trigger = so.spec.triggers[0];
    expect(trigger.type).toBe('prometheus');
    expect(trigger.metricType).toBe('AverageValue');
    const query: string = trigger.metadata.query;
    expect(metricNames(query)).toEqual(['pa_queue_jobs']);
    expect(query).toContain(`namespace="${NAMESPACE}"`);
    expect(query).toContain(`queue="${config.QUEUE_NAME}"`);
    const states = /state=~"([^"]+)"/.exec(query)![1]!.split('|').sort();
    expect(states).toEqual(['active', 'prioritized', 'waiting']);
    for (const s of states) expect(QUEUE_DEPTH_STATES).toContain(s);
    // Queue-wide numbers from every pod: aggregated with max, never summed across pods.
    expect(query).toMatch(/max by \(state\)/);
    expect(Number(trigger.metadata.threshold)).toBeGreaterThan(0);
    expect(Number(trigger.metadata.threshold)).toBeLessThanOrEqual(config.WORKER_CONCURRENCY);
    expect(so.spec.minReplicaCount).toBeGreaterThanOrEqual(2);
    expect(so.spec.fallback.replicas).toBeGreaterThan(0);
  });

  it('alerts on the oldest waiting job, failures, LLM errors, no ready workers and Redis memory', () => {
    const rules = ofKind(objects, 'PrometheusRule').flatMap((r) =>
      r.spec.groups.flatMap((g: Any) => g.rules),
    );
    const exprOf = (alert: string) => {
      const rule = rules.find((r: Any) => r.alert === alert);
      expect(rule, alert).toBeDefined();
      return rule.expr as string;
    };
    expect(metricNames(exprOf('PaQuestionsWaitingTooLong'))).toEqual([
      'pa_queue_oldest_waiting_job_age_seconds',
    ]);
    expect(metricNames(exprOf('PaJobFailureRateHigh'))).toEqual(['pa_jobs_total']);
    expect(metricNames(exprOf('PaLlmErrorRateHigh'))).toEqual(['pa_llm_requests_total']);
    expect(exprOf('PaNoReadyWorkers')).toContain('deployment="pa-worker"');
    expect(metricNames(exprOf('PaRedisMemoryHigh')).sort()).toEqual([
      'redis_memory_max_bytes',
      'redis_memory_used_bytes',
    ]);
    expect(exprOf('PaBackupMissing')).toContain('cronjob="pa-backup"');
    for (const rule of rules) {
      expect(rule.labels?.severity, rule.alert).toMatch(/^(warning|critical)$/);
      for (const ns of rule.expr.match(/namespace="([^"]+)"/g) ?? [])
        expect(ns, rule.alert).toBe(`namespace="${NAMESPACE}"`);
      for (const d of rule.expr.match(/deployment="([^"]+)"/g) ?? []) {
        find(objects, 'Deployment', /"(.+)"/.exec(d)![1]!);
      }
    }
  });
});

describe('the production overlay', () => {
  const objects = rendered.production;

  it('terminates TLS through cert-manager and streams SSE through ingress-nginx', () => {
    const ingress = find(objects, 'Ingress', 'pa-api');
    const a = ingress.metadata.annotations;
    expect(a['cert-manager.io/cluster-issuer']).toBeTruthy();
    expect(a['nginx.ingress.kubernetes.io/proxy-buffering']).toBe('off');
    expect(a['nginx.ingress.kubernetes.io/proxy-http-version']).toBe('1.1');
    // Longer than the longest wait of POST /api/query (120 s) and many SSE pings.
    expect(Number(a['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(300);
    expect(Number(a['nginx.ingress.kubernetes.io/proxy-send-timeout'])).toBeGreaterThanOrEqual(300);
    const hosts = ingress.spec.rules.map((r: Any) => r.host);
    expect(ingress.spec.tls.flatMap((t: Any) => t.hosts)).toEqual(hosts);
    expect(ingress.spec.tls.every((t: Any) => t.secretName)).toBe(true);
    const api = find(objects, 'Service', 'pa-api');
    const paths = ingress.spec.rules.flatMap((r: Any) => r.http.paths);
    for (const p of paths) {
      expect(p.backend.service.name).toBe('pa-api');
      expect(api.spec.ports.map((x: Any) => x.name)).toContain(p.backend.service.port.name);
    }
    // Metrics stay inside the cluster.
    expect(paths.map((p: Any) => p.path)).not.toContain('/metrics');
    expect(paths.map((p: Any) => p.path)).not.toContain('/');
  });

  it('runs a versioned LLM model, not a moving alias', () => {
    const data = find(objects, 'ConfigMap', 'pa-config').data;
    expect(data.LLM_PROVIDER).toBe('gemini');
    expect(data.GEMINI_MODEL).toMatch(/^gemini-[\d.]+-/);
    expect(data.GEMINI_MODEL).not.toMatch(/latest/);
  });
});

describe('the processes as the production overlay configures them', () => {
  const objects = rendered.production;
  let db: TestDatabase;
  let api: InProcessApi | undefined;
  let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
  let health: Server | undefined;
  let healthUrl: string;

  /** The container's environment with only the addresses of this test's services swapped in. */
  const envFor = (deployment: string) => ({
    ...containerEnv(objects, podSpecOf(find(objects, 'Deployment', deployment)).containers[0]),
    DATABASE_URL: db.url,
    ANALYTICS_DATABASE_URL: db.url,
    REDIS_URL: inject('redisUrl'),
    // Its own queue, and a model address that is not the vendor's (no job reaches it here).
    QUEUE_PREFIX: `{test-${randomUUID()}}`,
    GEMINI_BASE_URL: 'http://127.0.0.1:9',
    LOG_LEVEL: 'silent',
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startWorker({ ...envFor('pa-worker'), METRICS_PORT: '0' });
    health = createHealthServer(worker).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => health!.once('listening', () => resolve()));
    healthUrl = `http://127.0.0.1:${(health.address() as AddressInfo).port}`;
    api = await startApi(envFor('pa-api'));
  });

  afterAll(async () => {
    health?.close();
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('the API answers its probe paths and the ServiceMonitor path', async () => {
    const c = podSpecOf(find(objects, 'Deployment', 'pa-api')).containers[0];
    const sm = find(objects, 'ServiceMonitor', 'pa-api');
    for (const path of [
      c.startupProbe.httpGet.path,
      c.livenessProbe.httpGet.path,
      c.readinessProbe.httpGet.path,
    ]) {
      const res = await fetch(`${api!.url}${path}`);
      expect(res.status, path).toBe(200);
    }
    const metrics = await fetch(`${api!.url}${sm.spec.endpoints[0].path}`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('pa_http_requests_total');
  });

  it('the worker answers its probe paths and the ServiceMonitor path, with the queue depth', async () => {
    const c = podSpecOf(find(objects, 'Deployment', 'pa-worker')).containers[0];
    const sm = find(objects, 'ServiceMonitor', 'pa-worker');
    for (const path of [
      c.startupProbe.httpGet.path,
      c.livenessProbe.httpGet.path,
      c.readinessProbe.httpGet.path,
    ]) {
      const res = await fetch(`${healthUrl}${path}`);
      expect(res.status, path).toBe(200);
    }
    const metrics = await fetch(`${healthUrl}${sm.spec.endpoints[0].path}`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/^pa_queue_jobs\{queue="questions",state="waiting"\} 0$/m);
  });

  it('the KEDA query and every alert name metrics these processes export, or known exporters', async () => {
    const exported = new Set([
      ...(await exposedNames(worker!.metrics.registry)),
      ...(await exposedNames(createApiMetrics().registry)),
    ]);
    const so = find(objects, 'ScaledObject', 'pa-worker');
    const expressions = [
      so.spec.triggers[0].metadata.query as string,
      ...ofKind(objects, 'PrometheusRule').flatMap((r) =>
        r.spec.groups.flatMap((g: Any) => g.rules.map((x: Any) => x.expr)),
      ),
    ];
    const known = new Set([
      // kube-state-metrics
      'kube_deployment_status_replicas_ready',
      'kube_cronjob_status_last_successful_time',
      // oliver006/redis_exporter
      'redis_memory_used_bytes',
      'redis_memory_max_bytes',
    ]);
    for (const expr of expressions) {
      for (const name of metricNames(expr)) {
        expect(name.startsWith('pa_') ? exported.has(name) : known.has(name), `${name} in ${expr}`).toBe(
          true,
        );
      }
    }
  });
});

it('documents every key of the Secret template in docs/operations.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs/operations.md'), 'utf8');
  for (const key of Object.keys(secretKeys)) expect(doc, key).toContain(key);
});
