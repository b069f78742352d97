/**
 * `npm run kube:check`: the Kubernetes manifests run with `podman kube play` against the images
 * `npm run images:check` built (which runs this as one of its steps, so CI does too).
 *
 * k8s/base is rendered (test/support/kustomize.ts, identical to `kubectl kustomize`; the test
 * compares them where kubectl is installed), then, against the local Redis and PostgreSQL of
 * `npm run services`, in a scratch database and queue prefix of its own:
 *
 * 1. the images tagged with the names the manifests give them, so no `image:` field is rewritten;
 * 2. the Secret `pa-secrets` made with every key of secret.template.yaml, the ConfigMap
 *    `pa-config` as rendered (only QUEUE_PREFIX changed: the Redis is shared);
 * 3. the migrate Job's pod template played as a Pod (podman plays no Jobs): migrations and the
 *    superuser hardening, exit 0; then synthetic rows (not part of the manifests);
 * 4. api.yaml and worker.yaml played whole: one pod per Deployment, nothing for their Services,
 *    HPA, PDBs and ScaledObject; each container runs as the pod's runAsUser, read-only root, no
 *    capabilities, no new privileges, the memory limit, and exactly the environment Kubernetes
 *    would give it from the ConfigMap, the Secret and `env`;
 * 5. every startup, liveness and readiness probe's path requested on the port the probe names
 *    (podman runs none of them: see below), a question asked through the API pod answered by the
 *    worker pod, both pods stopped (exit 0), then `podman kube down`.
 *
 * What podman 4.3 (Debian 12) does differently, and how the check works around it:
 * - Host networking cannot be used: podman 4.3 publishes every containerPort on the host, which
 *   it refuses with host networking ("PortMappings can only be used with Bridge or slirp4netns
 *   networking"). The pods get their own network namespaces through slirp4netns with
 *   `allow_host_loopback`, where 10.0.2.2 is the host's 127.0.0.1, and each containerPort a
 *   `hostPort` on 127.0.0.1 (free ports) so that the host reaches them.
 * - A Secret in the played YAML is stored as YAML, which its own envFrom reader (JSON only) then
 *   refuses ("secret pa-secrets is not valid JSON"): the check creates the podman secret itself,
 *   as the JSON map of base64 values that reader expects.
 * - An emptyDir becomes a named volume called after the pod's volume (`tmp`), shared by every
 *   pod with a volume of that name: the check names each one after its pod and this run.
 * - Probes: only livenessProbe is used, as the container's HEALTHCHECK, turned into
 *   `curl -f http://localhost:<port><path>` with a named port left as 0 and no curl in the
 *   images, and podman runs health checks only from systemd timers, which these VMs lack; the
 *   readiness and startup probes are dropped. So the check requests the probes itself.
 * - Not applied at all: terminationGracePeriodSeconds (podman stops with its default 10 s),
 *   preStop hooks, replicas (one pod each), resource requests other than memory,
 *   serviceAccountName, topologySpreadConstraints, sizeLimit.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDotEnv } from '@pa/config';
import { ISSUER_BANKS } from '@pa/contracts';
import { Redis } from 'ioredis';
import pg from 'pg';
import { stringify } from 'yaml';
import {
  type K8sObject,
  podSpecOf,
  readManifests,
  renderKustomization,
  type Yaml,
} from '../test/support/kustomize.js';
import { localSuperuserUrl } from './harden.js';
import { cleanupStack } from './lib/cleanups.js';
import { mintDevToken } from './lib/dev-token.js';
import {
  aptEnsure,
  containerLogs,
  containerState,
  ensurePodman,
  imageExists,
  imageIdIfAny,
  PodmanError,
  podman,
  waitExit,
} from './lib/podman.js';
import { repoRoot } from './lib/root.js';
import { dropScratchDatabase, withDatabase } from './lib/scratch-database.js';
import { ensureServices, type ServiceUrls } from './lib/services.js';

/** The images `npm run images:check` builds from Dockerfile.api and Dockerfile.worker. */
export const API_IMAGE = 'localhost/payments-analytics-api:local';
export const WORKER_IMAGE = 'localhost/payments-analytics-worker:local';

const fail = (message: string): never => {
  throw new PodmanError(message);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A port nothing listens on, below the ephemeral range (32768+ here), where outgoing connections
 * of a busy machine take ports at random. Another process may still take it before the
 * container binds it: callers retry with new ports then.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((done) => {
      const srv = createServer();
      srv.once('error', () => done(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
    });
    if (free) return port;
  }
  return fail('no free port in 20000–31999');
}

/** What a question through the API must come back with: 200 and rows the worker computed. */
export async function ask(
  baseUrl: string,
  token: string,
  question: string,
): Promise<{ rowCount: number; jobPath: string }> {
  const res = await fetch(`${baseUrl}/api/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ question, wait_ms: 90_000 }),
    signal: AbortSignal.timeout(120_000),
  });
  const text = await res.text();
  if (res.status !== 200) fail(`POST /api/query "${question}" → ${res.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { row_count?: number; sql?: string; data?: unknown[] };
  if (typeof body.sql !== 'string' || !/^\s*(SELECT|WITH)\b/i.test(body.sql) || !Array.isArray(body.data))
    fail(`POST /api/query "${question}" → 200 without SQL and data: ${text.slice(0, 500)}`);
  if (!body.row_count || body.row_count < 1)
    fail(`POST /api/query "${question}" → no rows: ${text.slice(0, 500)}`);
  return { rowCount: body.row_count!, jobPath: res.headers.get('content-location') ?? '?' };
}

/** `pa_jobs_total{outcome="completed"}` from a worker's /metrics text. */
export function completedJobs(metrics: string): number {
  const m = /^pa_jobs_total\{[^}]*outcome="completed"[^}]*\}\s+(\d+(?:\.\d+)?)/m.exec(metrics);
  return m ? Number(m[1]) : 0;
}

/** What the caller (images:check, or this file's main) lends the check. */
export interface CheckContext {
  say: (line: string) => void;
  /** Runs one named step, timed. */
  step: <T>(name: string, fn: () => Promise<T> | T) => Promise<T>;
  /** Registers an undo action; the caller runs them last-in first-out, on failure and on Ctrl-C too. */
  defer: (what: string, run: () => Promise<void> | void) => void;
}

const K8S_BASE = join(repoRoot, 'k8s', 'base');
/** slirp4netns with allow_host_loopback: the host's 127.0.0.1 as the pods see it. */
const HOST_FROM_POD = '10.0.2.2';
const POD_NETWORK = 'slirp4netns:allow_host_loopback=true';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** A URL of the local servers as a pod reaches them. */
function fromPod(url: string): string {
  const u = new URL(url);
  if (LOOPBACK.has(u.hostname)) u.hostname = HOST_FROM_POD;
  return u.toString();
}

const find = (objects: K8sObject[], kind: string, name: string): K8sObject =>
  objects.find((o) => o.kind === kind && o.metadata.name === name) ??
  fail(`k8s/base renders no ${kind} ${name}`);

/** `512Mi`, `1Gi`, `256M` → bytes. */
function bytes(quantity: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/.exec(quantity) ?? fail(`memory quantity ${quantity}`);
  const unit = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, k: 1e3, M: 1e6, G: 1e9 }[m[2] ?? ''] ?? 1;
  return Math.round(Number(m[1]) * unit);
}

/**
 * podman 4.3 makes an emptyDir a named volume called like the pod's volume, shared by every pod
 * that has one of that name and kept after the pod: each gets a name of its own here.
 */
function ownEmptyDirs(spec: Yaml, prefix: string): string[] {
  const renamed: string[] = [];
  for (const volume of spec.volumes ?? []) {
    if (!volume.emptyDir) continue;
    const name = `${prefix}-${volume.name}`;
    for (const c of [...(spec.initContainers ?? []), ...spec.containers])
      for (const m of c.volumeMounts ?? []) if (m.name === volume.name) m.name = name;
    volume.name = name;
    renamed.push(name);
  }
  return renamed;
}

/** podman's view of a container: the parts the check compares with the manifest. */
interface Inspected {
  Config: {
    User: string;
    Env: string[];
    StopTimeout: number;
    Healthcheck?: { Test: string[] };
  };
  HostConfig: { ReadonlyRootfs: boolean; Memory: number; MemoryReservation: number };
  State: { Health?: { Log?: Array<{ ExitCode: number; Output: string }> } };
}

function inspect(container: string): Inspected {
  return (JSON.parse(podman(['inspect', '--type', 'container', container]).stdout) as Inspected[])[0]!;
}

/** `podman kube play` with a bounded wait; its output (pod and container ids) on success. */
function kubePlay(file: string): string {
  return podman(['kube', 'play', '--network', POD_NETWORK, file], { timeoutMs: 180_000 }).stdout;
}

/** `podman kube down`; its output. Never throws when `allowFail` (cleanup). */
function kubeDown(file: string, allowFail = false): string {
  const res = podman(['kube', 'down', file], { timeoutMs: 120_000, allowFail });
  // podman 4.3 logs an error per health check timer it cannot remove without systemd: noise here.
  return `${res.stdout}${res.stderr
    .split('\n')
    .filter((l) => l.trim() && !l.includes('systemd'))
    .join('\n')}`.trim();
}

/** GETs `url` until it answers 200 or `timeoutMs` passes; the last status and body. */
async function getUntilOk(
  url: string,
  timeoutMs: number,
  requestTimeoutMs: number,
): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now();
  let last = { status: 0, body: '' };
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) });
      last = { status: res.status, body: (await res.text()).slice(0, 200) };
      if (res.status === 200) break;
    } catch (err) {
      last = { status: 0, body: err instanceof Error ? err.message : String(err) };
    }
    await sleep(1_000);
  }
  return { ...last, ms: Date.now() - started };
}

const PROBES = ['startupProbe', 'livenessProbe', 'readinessProbe'] as const;

/**
 * The check itself (see the top of this file). `urls` are the local Redis and PostgreSQL as the
 * host reaches them; every pod, secret, tag, volume, database and key it makes is removed through
 * `ctx.defer`, and the pods also by the final `podman kube down`.
 */
export async function checkKubePlay(runId: string, urls: ServiceUrls, ctx: CheckContext): Promise<void> {
  const { say, step, defer } = ctx;
  const work = mkdtempSync(join(tmpdir(), `pa-kube-${runId}-`));
  defer(`remove ${work}`, () => rmSync(work, { recursive: true, force: true }));

  const rendered = await step('kube: k8s/base rendered', () => {
    const objects = renderKustomization(K8S_BASE);
    const fileObjects = (file: string) =>
      readManifests(join(K8S_BASE, file)).map((o) => find(objects, o.kind, o.metadata.name));
    const played = [...fileObjects('api.yaml'), ...fileObjects('worker.yaml')];
    const deployments = played.filter((o) => o.kind === 'Deployment');
    if (deployments.length !== 2)
      fail(`api.yaml + worker.yaml hold ${deployments.length} Deployments, not 2`);
    return {
      config: structuredClone(find(objects, 'ConfigMap', 'pa-config')),
      migrate: find(objects, 'Job', 'pa-migrate'),
      deployments: deployments.map((d) => structuredClone(d)),
      others: played.filter((o) => o.kind !== 'Deployment'),
      secretKeys: Object.keys(readManifests(join(K8S_BASE, 'secret.template.yaml'))[0]!.stringData ?? {}),
    };
  });

  await step('kube: podman 4.3 prerequisites (slirp4netns, catatonit, no leftover pods or secret)', () => {
    // (catatonit: podman builds its pods' pause image with it — a Recommends of podman, so missing
    // where podman came with --no-install-recommends: "finding pause binary: catatonit".)
    aptEnsure({ slirp4netns: 'slirp4netns', catatonit: 'catatonit' }, say);
    const pods = [
      rendered.migrate.metadata.name,
      ...rendered.deployments.map((d) => `${d.metadata.name}-pod-0`),
    ];
    const left = pods.filter((p) => podman(['pod', 'exists', p], { allowFail: true }).code === 0);
    if (left.length > 0)
      fail(
        `pods ${left.join(', ')} exist already (another kube play check running, or left over): ` +
          `remove them with \`podman pod rm --force ${left.join(' ')}\` if nobody uses them`,
      );
    if (podman(['secret', 'inspect', 'pa-secrets'], { allowFail: true }).code === 0)
      fail(
        'a podman secret pa-secrets exists already (another kube play check?): `podman secret rm pa-secrets`',
      );
  });

  // 1. The images under the names the manifests give them (pulled never: a tag that is not
  // `latest` and exists locally is used as it is).
  await step('kube: images tagged as the manifests name them', () => {
    const wanted = new Set<string>();
    for (const o of [rendered.migrate, ...rendered.deployments])
      for (const c of podSpecOf(o).containers) wanted.add(c.image as string);
    for (const ref of wanted) {
      const repo = ref.replace(/[:@].*$/, '');
      const local = repo.endsWith('/api') ? API_IMAGE : repo.endsWith('/worker') ? WORKER_IMAGE : null;
      if (!local) fail(`${ref}: neither the api nor the worker image`);
      if (!imageExists(local!)) fail(`${local} is missing: npm run images:check builds it`);
      const before = imageIdIfAny(ref);
      podman(['tag', local!, ref]);
      // `podman untag IMAGE` alone would strip every name of the image: always name the tag.
      defer(`untag ${ref}`, () => {
        if (before) podman(['tag', before, ref], { allowFail: true });
        else podman(['untag', ref, ref], { allowFail: true });
      });
      say(`${ref} → ${local}`);
    }
  });

  // A scratch database and queue prefix, as the images check's host run has.
  const database = `pa_kube_${runId}`;
  const prefix = `{pa-kube-${runId}}`;
  await step(`kube: scratch database ${database}, queue prefix ${prefix}`, async () => {
    const admin = new pg.Client({ connectionString: urls.databaseUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${database}`);
    } finally {
      await admin.end();
    }
    defer(`drop database ${database}`, async () => {
      const c = new pg.Client({ connectionString: urls.databaseUrl });
      await c.connect();
      await dropScratchDatabase(c, database).finally(() => c.end());
    });
    defer(`delete Redis keys ${prefix}:*`, async () => {
      const redis = new Redis(urls.redisUrl, { maxRetriesPerRequest: 1 });
      try {
        const stream = redis.scanStream({ match: `${prefix}:*`, count: 500 });
        for await (const keys of stream as AsyncIterable<string[]>)
          if (keys.length > 0) await redis.unlink(...keys);
      } finally {
        redis.disconnect();
      }
    });
  });
  const databaseUrl = withDatabase(urls.databaseUrl, database);
  const superuserUrl = localSuperuserUrl(repoRoot, databaseUrl);

  // 2. The Secret, with every key of the template: the addresses as the pods reach them.
  const jwtSecret = randomBytes(32).toString('base64url');
  const secret: Record<string, string> = Object.fromEntries(rendered.secretKeys.map((k) => [k, '']));
  const setSecret = (key: string, value: string) => {
    if (!(key in secret)) fail(`k8s/base/secret.template.yaml has no ${key}`);
    secret[key] = value;
  };
  setSecret('DATABASE_URL', fromPod(databaseUrl));
  setSecret('ANALYTICS_DATABASE_URL', fromPod(databaseUrl));
  setSecret('REDIS_URL', fromPod(urls.redisUrl));
  setSecret('JWT_SECRET', jwtSecret);
  // The migrate Job hardens the database when it has a superuser login (the local server's).
  if (superuserUrl) setSecret('SUPERUSER_DATABASE_URL', fromPod(superuserUrl));
  // GEMINI_API_KEY / OPENAI_API_KEY stay empty (the ConfigMap says LLM_PROVIDER=builtin), and
  // BACKUP_DATABASE_URL too (the backup CronJob is not played).
  const config = rendered.config;
  config.data.QUEUE_PREFIX = prefix;

  await step('kube: Secret pa-secrets (every key of secret.template.yaml)', () => {
    const data = Object.fromEntries(
      Object.entries(secret).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
    );
    // From a file: podman 4.3 takes `-` only from a named pipe, and node's stdin pipes are sockets.
    const dataFile = join(work, 'pa-secrets.json');
    writeFileSync(dataFile, JSON.stringify(data), { mode: 0o600 });
    try {
      podman(['secret', 'create', 'pa-secrets', dataFile]);
    } finally {
      rmSync(dataFile, { force: true });
    }
    defer('podman secret rm pa-secrets', () => {
      podman(['secret', 'rm', 'pa-secrets'], { allowFail: true });
    });
    say(
      `keys: ${Object.entries(secret)
        .map(([k, v]) => `${k}${v ? '' : ' (empty)'}`)
        .join(', ')}`,
    );
  });

  // 3. The migrate Job's pod, as a Pod.
  await step('kube: migrate Job (its pod template as a Pod) exits 0', async () => {
    const job = rendered.migrate;
    const pod: K8sObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: job.metadata.name, labels: job.spec.template.metadata?.labels ?? {} },
      spec: structuredClone(job.spec.template.spec),
    };
    const volumes = ownEmptyDirs(pod.spec, `${job.metadata.name}-${runId}`);
    const file = join(work, 'migrate.yaml');
    writeFileSync(file, stringify(pod));
    defer(`podman kube down ${file}`, () => {
      kubeDown(file, true);
      podman(['volume', 'rm', '--force', ...volumes], { allowFail: true });
    });
    kubePlay(file);
    const container = `${job.metadata.name}-${pod.spec.containers[0].name}`;
    const deadline = Math.min(Number(job.spec.activeDeadlineSeconds ?? 600), 600) * 1000;
    const code = await waitExit(container, deadline);
    const logs = containerLogs(container, 20);
    if (code !== 0) fail(`${container} exited with ${code}:\n${logs}`);
    for (const line of logs.split('\n')) if (/^(migrate|harden):/.test(line)) say(line);
    if (superuserUrl && !logs.includes('harden: applied')) fail(`${container} did not harden:\n${logs}`);
    kubeDown(file);
  });

  // Synthetic rows to ask about: not part of the manifests, so a plain run of the worker image.
  await step('kube: seed 20 000 rows (podman run, not a manifest)', () => {
    podman(
      [
        'run',
        '--rm',
        '--network=host',
        '--pull=never',
        '--env',
        `DATABASE_URL=${databaseUrl}`,
        WORKER_IMAGE,
        ...['node', '--import', 'tsx', 'scripts/seed.ts', '--rows', '20000'],
      ],
      { timeoutMs: 300_000 },
    );
  });

  // 4. api.yaml and worker.yaml whole, with the ConfigMap; a hostPort on 127.0.0.1 for each
  // containerPort, so that the host reaches the pods.
  const file = join(work, 'deployments.yaml');
  const podOf = (d: K8sObject) => `${d.metadata.name}-pod-0`;
  const containersOf = (d: K8sObject) =>
    (podSpecOf(d).containers as Yaml[]).map((c) => ({ spec: c, name: `${podOf(d)}-${c.name}` }));
  const hostPorts = new Map<string, number>(); // "<container>/<containerPort>" → host port
  const volumes: string[] = [];
  defer(`podman kube down ${file}`, () => {
    kubeDown(file, true);
    podman(['volume', 'rm', '--force', ...volumes], { allowFail: true });
  });
  await step(`kube: podman kube play api.yaml + worker.yaml (--network ${POD_NETWORK})`, async () => {
    for (let attempt = 1; ; attempt++) {
      const deployments = structuredClone(rendered.deployments);
      hostPorts.clear();
      volumes.length = 0;
      for (const d of deployments) {
        volumes.push(...ownEmptyDirs(podSpecOf(d), `${d.metadata.name}-${runId}`));
        for (const { spec, name } of containersOf(d)) {
          for (const p of spec.ports ?? []) {
            p.hostPort = await freePort();
            p.hostIP = '127.0.0.1';
            hostPorts.set(`${name}/${p.containerPort}`, p.hostPort);
          }
        }
      }
      writeFileSync(
        file,
        [config, ...deployments, ...rendered.others].map((o) => stringify(o)).join('---\n'),
      );
      try {
        const out = kubePlay(file);
        const pods = [...out.matchAll(/^Pod:\n([0-9a-f]{64})$/gm)].length;
        if (pods !== deployments.length)
          fail(`kube play made ${pods} pods for ${deployments.length} Deployments:\n${out}`);
        break;
      } catch (err) {
        kubeDown(file, true);
        if (attempt === 3 || !String(err).includes('address already in use')) throw err;
        say('a host port was taken meanwhile by another process; again with new ports');
      }
    }
    say(
      `one pod per Deployment (${rendered.deployments.map(podOf).join(', ')}); nothing made for ${rendered.others
        .map((o) => `${o.kind}/${o.metadata.name}`)
        .join(', ')}`,
    );
  });

  // What podman made of each container, against the manifest.
  await step(
    'kube: containers as the manifests say (user, read-only root, capabilities, memory, env)',
    () => {
      for (const d of rendered.deployments) {
        const podSpec = podSpecOf(d);
        for (const { spec, name } of containersOf(d)) {
          const state = containerState(name);
          if (state?.status !== 'running')
            fail(`${name} is ${state?.status ?? 'missing'}:\n${containerLogs(name)}`);
          const info = inspect(name);
          const sc = { ...podSpec.securityContext, ...spec.securityContext };
          const user = `${sc.runAsUser}:${sc.runAsGroup}`;
          if (info.Config.User !== user) fail(`${name}: user ${info.Config.User}, the manifest says ${user}`);
          const id = podman(['exec', name, 'id', '-u']).stdout.trim();
          if (id === '0' || id !== String(sc.runAsUser)) fail(`${name} runs as uid ${id}`);
          const status = podman(['exec', name, 'cat', '/proc/1/status']).stdout;
          if (sc.capabilities?.drop?.includes('ALL') && !/^CapEff:\s+0+$/m.test(status))
            fail(`${name}: effective capabilities left: ${/^CapEff:.*$/m.exec(status)?.[0]}`);
          if (sc.allowPrivilegeEscalation === false && !/^NoNewPrivs:\s+1$/m.test(status))
            fail(`${name}: no_new_privs is not set`);
          const init = podman(['exec', name, 'cat', '/proc/1/cmdline']).stdout.split('\0')[0];
          if (!init?.endsWith('tini')) fail(`${name}: PID 1 is ${init}, not tini`);
          if (sc.readOnlyRootFilesystem) {
            const write = podman(['exec', name, 'touch', '/kube-play-check'], { allowFail: true });
            if (write.code === 0 || !info.HostConfig.ReadonlyRootfs)
              fail(`${name}: the root filesystem is writable`);
            for (const m of spec.volumeMounts ?? [])
              podman([
                'exec',
                name,
                'sh',
                '-c',
                `touch ${m.mountPath}/.kube-play-check && rm ${m.mountPath}/.kube-play-check`,
              ]);
          }
          const limit = bytes(spec.resources.limits.memory);
          if (info.HostConfig.Memory !== limit)
            fail(`${name}: memory limit ${info.HostConfig.Memory}, the manifest says ${limit}`);
          // Kubernetes: envFrom in order, then env over them.
          const expected: Record<string, string> = {};
          for (const from of spec.envFrom ?? []) {
            if (from.configMapRef?.name === config.metadata.name) Object.assign(expected, config.data);
            else if (from.secretRef?.name === 'pa-secrets') Object.assign(expected, secret);
            else fail(`${name}: envFrom ${JSON.stringify(from)} is not one the check provides`);
          }
          for (const e of spec.env ?? []) expected[e.name] = String(e.value);
          const actual = new Map(
            info.Config.Env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
          );
          const wrong = Object.entries(expected).filter(([k, v]) => actual.get(k) !== v);
          if (wrong.length > 0)
            fail(`${name}: environment differs from the manifest's for ${wrong.map(([k]) => k).join(', ')}`);
          say(
            `${name}: uid ${id}, ${sc.readOnlyRootFilesystem ? 'read-only root, ' : ''}CapEff 0, no_new_privs, ` +
              `memory ${spec.resources.limits.memory}, ${Object.keys(expected).length} variables as Kubernetes sets them, ` +
              `stop timeout ${info.Config.StopTimeout} s (terminationGracePeriodSeconds ${podSpec.terminationGracePeriodSeconds})`,
          );
        }
      }
    },
  );

  // 5. The probes' paths on the ports they name, from the host through the hostPorts; and
  // what podman made of them.
  await step('kube: every probe path answers 200 on its port', async () => {
    for (const d of rendered.deployments) {
      for (const { spec, name } of containersOf(d)) {
        for (const kind of PROBES) {
          const probe = spec[kind];
          if (!probe) continue;
          if (!probe.httpGet) fail(`${name}: ${kind} is not an httpGet probe; the check only requests those`);
          const port = probe.httpGet.port;
          const containerPort =
            typeof port === 'number'
              ? port
              : ((spec.ports ?? []).find((p: Yaml) => p.name === port)?.containerPort ??
                fail(`${name}: ${kind} names port ${port}, which the container does not declare`));
          const hostPort =
            hostPorts.get(`${name}/${containerPort}`) ?? fail(`${name}: no host port for ${containerPort}`);
          // A startup probe may take periodSeconds × failureThreshold; a busy machine gets double.
          const budget = Math.max(30, 2 * (probe.periodSeconds ?? 10) * (probe.failureThreshold ?? 3)) * 1000;
          const res = await getUntilOk(
            `http://127.0.0.1:${hostPort}${probe.httpGet.path}`,
            budget,
            Math.max(3, probe.timeoutSeconds ?? 1) * 1000,
          );
          if (res.status !== 200)
            fail(
              `${name}: ${kind} GET ${probe.httpGet.path} on ${port} (${containerPort}) → ${res.status} ${res.body}\n${containerLogs(name)}`,
            );
          say(`${name}: ${kind} GET ${probe.httpGet.path} on ${port} (${containerPort}) → 200 ${res.body}`);
        }
        // podman's own translation of the probes, for the record: it is not asserted.
        const test = inspect(name).Config.Healthcheck?.Test;
        if (test) {
          const run = podman(['healthcheck', 'run', name], { allowFail: true, timeoutMs: 30_000 });
          const log = inspect(name).State.Health?.Log?.at(-1);
          say(
            `${name}: podman's health check (from livenessProbe): ${test.slice(1).join(' ')} → ` +
              `${run.stdout.trim() || run.code}${log?.Output ? ` (${log.Output.trim()})` : ''}`,
          );
        }
      }
    }
  });

  const apiDeployment = rendered.deployments.find((d) => d.metadata.name === 'pa-api') ?? fail('no pa-api');
  const workerDeployment =
    rendered.deployments.find((d) => d.metadata.name === 'pa-worker') ?? fail('no pa-worker');
  const apiContainer = containersOf(apiDeployment)[0]!;
  const workerContainer = containersOf(workerDeployment)[0]!;
  const hostPortOf = (c: { spec: Yaml; name: string }) =>
    hostPorts.get(`${c.name}/${c.spec.ports[0].containerPort}`)!;

  await step('kube: a question through the api pod, answered by the worker pod', async () => {
    // An HS256 token with the issuer and audience the ConfigMap requires (its JWKS_URL stays
    // set: the API accepts both kinds).
    const token = await mintDevToken({
      secret: jwtSecret,
      bank: ISSUER_BANKS[0],
      ttlSeconds: 600,
      issuer: config.data.JWT_ISSUER || undefined,
      audience: config.data.JWT_AUDIENCE || undefined,
    });
    const question = 'Top 5 categories by amount in the last 30 days';
    const answer = await ask(`http://127.0.0.1:${hostPortOf(apiContainer)}`, token, question).catch(
      (err: unknown) =>
        fail(
          `${err instanceof Error ? err.message : String(err)}\n--- ${workerContainer.name}:\n${containerLogs(workerContainer.name)}\n--- ${apiContainer.name}:\n${containerLogs(apiContainer.name)}`,
        ),
    );
    // The queue prefix is this run's own: the only worker that could have answered is the pod.
    const metrics = await (
      await fetch(`http://127.0.0.1:${hostPortOf(workerContainer)}/metrics`, {
        signal: AbortSignal.timeout(10_000),
      })
    ).text();
    if (completedJobs(metrics) !== 1)
      fail(`the worker pod reports ${completedJobs(metrics)} completed jobs, not 1`);
    say(
      `"${question}" (${ISSUER_BANKS[0]}): ${answer.rowCount} rows, ${answer.jobPath}, completed by ${workerContainer.name}`,
    );
  });

  await step('kube: pods stopped (exit 0), then podman kube down', () => {
    const pods = rendered.deployments.map(podOf);
    podman(['pod', 'stop', ...pods], { timeoutMs: 120_000 });
    for (const c of [apiContainer, workerContainer]) {
      const state = containerState(c.name);
      if (state?.exitCode !== 0)
        fail(`${c.name} exited with ${state?.exitCode} on SIGTERM:\n${containerLogs(c.name, 20)}`);
    }
    const out = kubeDown(file);
    say(out.replace(/\n/g, ' '));
    const left = pods.filter((p) => podman(['pod', 'exists', p], { allowFail: true }).code === 0);
    if (left.length > 0) fail(`podman kube down left pods ${left.join(', ')}`);
    const kept = volumes.filter((v) => podman(['volume', 'exists', v], { allowFail: true }).code === 0);
    if (kept.length > 0) say(`volumes kube down kept (removed now): ${kept.join(', ')}`);
  });
}

/** `npm run kube:check`: the check alone, on images already built by `npm run images:check`. */
async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const say = (line: string) => console.error(`kube: ${line}`);
  const { cleanups, cleanUp } = cleanupStack(say);
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!interrupted) say(`${signal}: cleaning up`);
      interrupted = true;
      void cleanUp().finally(() => process.exit(130));
    });
  }
  const ctx: CheckContext = {
    say,
    step: async (name, fn) => {
      const started = Date.now();
      const result = await fn();
      say(`${name.replace(/^kube: /, '')}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return result;
    },
    defer: (what, run) => cleanups.push({ what, run }),
  };
  try {
    ensurePodman(say);
    for (const image of [API_IMAGE, WORKER_IMAGE])
      if (!imageExists(image)) fail(`${image} is missing: run npm run images:check, which builds it`);
    const urls = await ensureServices({
      root: repoRoot,
      databaseUrl: process.env.DATABASE_URL,
      redisUrl: process.env.REDIS_URL,
      log: say,
    });
    await checkKubePlay(randomBytes(4).toString('hex'), urls, ctx);
  } finally {
    await cleanUp();
  }
  console.log('kube: ok');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(`kube: FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
