/**
 * `npm run images:check [-- --no-compose] [--no-kube] [--rebuild-base]`: the images built and run on this
 * machine, with podman and no registry (issue #13 items 2 and 3).
 *
 * 1. podman with runc and default ulimits (scripts/lib/podman.ts); node:24-bookworm-slim made
 *    locally when missing (scripts/lib/local-images.ts);
 * 2. Dockerfile.api and Dockerfile.worker built (`--pull=never`); their contents checked (no
 *    tests or fixtures, a non-root user, tini as PID 1);
 * 3. both run with --network=host against the local Redis and PostgreSQL of `npm run services`
 *    (a scratch database and queue prefix of their own): migrate and seed in the worker image,
 *    health checks pass, one question asked through the API container is answered by the worker
 *    container, and both stop cleanly on SIGTERM;
 * 4. unless --no-kube: k8s/base's migrate Job, API and worker Deployments played with
 *    `podman kube play` against the same servers (scripts/kube-play-check.ts): the pods' users,
 *    environment and probe paths checked, a question answered, then `podman kube down`;
 * 5. unless --no-compose: docker-compose.yml's services started from the file's definitions
 *    (scripts/lib/compose.ts) with redis:7-bookworm and postgres:15-bookworm made locally,
 *    conditions waited for, questions answered through the published port by the two workers,
 *    every connection of theirs logged in as the non-superuser application role.
 *
 * Prints the image sizes; exits non-zero with the reason on any failure; removes every container,
 * volume, network, database and Redis key it made.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDotEnv } from '@pa/config';
import { ISSUER_BANKS } from '@pa/contracts';
import { Redis } from 'ioredis';
import pg from 'pg';
import { API_IMAGE, ask, checkKubePlay, completedJobs, freePort, WORKER_IMAGE } from './kube-play-check.js';
import { cleanupStack } from './lib/cleanups.js';
import {
  type ComposeFile,
  containerName,
  dependencies,
  environmentOf,
  podmanRunArgs,
  readCompose,
  replicas,
  seconds,
  startOrder,
  volumeName,
} from './lib/compose.js';
import { mintDevToken } from './lib/dev-token.js';
import {
  build,
  ensureNodeImage,
  ensureServiceImage,
  imageCacheDir,
  NODE_IMAGE,
  POSTGRES_IMAGE,
  REDIS_IMAGE,
} from './lib/local-images.js';
import {
  aptEnsure,
  containerLogs,
  containerState,
  ensurePodman,
  imageSize,
  megabytes,
  PodmanError,
  podman,
  removeContainers,
  waitExit,
  waitHealthy,
} from './lib/podman.js';
import { repoRoot } from './lib/root.js';
import { dropScratchDatabase, withDatabase } from './lib/scratch-database.js';
import { ensureServices, type ServiceUrls } from './lib/services.js';

const say = (line: string) => console.error(`images: ${line}`);
const fail = (message: string): never => {
  throw new PodmanError(message);
};

/** Undo actions, run last-in first-out at the end, on failure and on Ctrl-C; once. */
const { cleanups, cleanUp } = cleanupStack(say);

const timings: string[] = [];
async function step<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  const result = await fn();
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  timings.push(`${took.padStart(8)}  ${name}`);
  say(`${name}: ok (${took})`);
  return result;
}

const envArgs = (env: Record<string, string>) =>
  Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);

/** Reads a URL from inside a container (its ports are not published), with the image's node. */
function fetchInside(container: string, url: string): string {
  return podman([
    'exec',
    container,
    'node',
    '-e',
    `fetch(${JSON.stringify(url)}).then(r=>r.text()).then(t=>process.stdout.write(t),e=>{console.error(e.message);process.exit(1)})`,
  ]).stdout;
}

/** The image holds the app and its production dependencies, nothing of tests, fixtures or benchmarks. */
function checkImageContents(image: string): void {
  const strays = podman([
    'run',
    '--rm',
    '--pull=never',
    '--entrypoint',
    'find',
    image,
    ...'/app -path /app/node_modules -prune -o ( -name *.test.ts -o -name fixtures -o -name test -o -name testing -o -name bench -o -name .env -o -name .data ) -print'.split(
      ' ',
    ),
  ]).stdout.trim();
  if (strays) fail(`${image} contains files the app does not need:\n${strays}`);
  // Packages the lockfile marks dev-only must be absent (npm ci --omit=dev).
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const devOnly = new Set(
    Object.entries(lock.packages)
      .filter(([path, p]) => p.dev && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path))
      .map(([path]) => path),
  );
  const installed = podman([
    'run',
    '--rm',
    '--pull=never',
    '--entrypoint',
    'find',
    image,
    ...'node_modules -mindepth 1 -maxdepth 2 -type d'.split(' '),
  ]).stdout.split('\n');
  const dev = installed.filter((path) => devOnly.has(path));
  if (dev.length > 0) fail(`${image} contains development dependencies: ${dev.join(', ')}`);
}

/** A running container of ours: not root, tini as PID 1. */
function checkProcess(container: string): void {
  const uid = podman(['exec', container, 'id', '-u']).stdout.trim();
  if (uid === '0') fail(`${container} runs as root`);
  const init = podman(['exec', container, 'cat', '/proc/1/cmdline']).stdout.split('\0')[0];
  if (!init?.endsWith('tini')) fail(`${container}: PID 1 is ${init}, not tini`);
}

/** SIGTERM (podman stop), then the process must have exited 0 by itself within the grace period. */
function stopCleanly(container: string, graceSeconds: number): void {
  podman(['stop', '--time', String(graceSeconds), container], { timeoutMs: (graceSeconds + 30) * 1000 });
  const state = containerState(container);
  if (state?.exitCode !== 0)
    fail(`${container} exited with ${state?.exitCode} on SIGTERM:\n${containerLogs(container, 20)}`);
}

async function checkHostNetwork(runId: string): Promise<ServiceUrls> {
  const urls = await step('local Redis and PostgreSQL (npm run services)', () =>
    ensureServices({
      root: repoRoot,
      databaseUrl: process.env.DATABASE_URL,
      redisUrl: process.env.REDIS_URL,
      log: say,
    }),
  );
  const database = `pa_images_${runId}`;
  const admin = new pg.Client({ connectionString: urls.databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  cleanups.push({
    what: `drop database ${database}`,
    run: async () => {
      const c = new pg.Client({ connectionString: urls.databaseUrl });
      await c.connect();
      await dropScratchDatabase(c, database).finally(() => c.end());
    },
  });
  const prefix = `{pa-images-${runId}}`;
  cleanups.push({
    what: `delete Redis keys ${prefix}:*`,
    run: async () => {
      const redis = new Redis(urls.redisUrl, { maxRetriesPerRequest: 1 });
      try {
        const stream = redis.scanStream({ match: `${prefix}:*`, count: 500 });
        for await (const keys of stream as AsyncIterable<string[]>)
          if (keys.length > 0) await redis.unlink(...keys);
      } finally {
        redis.disconnect();
      }
    },
  });
  const secret = randomBytes(32).toString('base64url');
  const env = {
    DATABASE_URL: withDatabase(urls.databaseUrl, database),
    REDIS_URL: urls.redisUrl,
    QUEUE_PREFIX: prefix,
    AUTH_MODE: 'jwt',
    JWT_SECRET: secret,
    LOG_LEVEL: 'info',
  };
  const host = ['--network=host', '--pull=never', ...envArgs(env)];

  await step('migrate + seed in the worker image (host network)', () => {
    const oneShot = (name: string, cmd: string[]) => {
      const container = `pa-images-${runId}-${name}`;
      cleanups.push({ what: `remove ${container}`, run: () => removeContainers([container]) });
      podman(['run', '--name', container, '--no-healthcheck', ...host, WORKER_IMAGE, ...cmd], {
        timeoutMs: 300_000,
      });
    };
    oneShot('migrate', ['node', '--import', 'tsx', 'scripts/migrate.ts']);
    oneShot('seed', ['node', '--import', 'tsx', 'scripts/seed.ts', '--rows', '20000']);
  });

  const worker = `pa-images-${runId}-worker`;
  const api = `pa-images-${runId}-api`;
  cleanups.push({ what: 'remove the api and worker containers', run: () => removeContainers([api, worker]) });
  const ports = await step('api + worker containers healthy (host network)', async () => {
    for (let attempt = 1; ; attempt++) {
      const apiPort = await freePort();
      const metricsPort = await freePort();
      removeContainers([api, worker]);
      podman([
        'run',
        '--detach',
        '--name',
        worker,
        ...host,
        '--env',
        `METRICS_PORT=${metricsPort}`,
        '--env',
        'METRICS_HOST=127.0.0.1',
        WORKER_IMAGE,
      ]);
      podman([
        'run',
        '--detach',
        '--name',
        api,
        ...host,
        '--env',
        `PORT=${apiPort}`,
        '--env',
        'HOST=127.0.0.1',
        API_IMAGE,
      ]);
      try {
        await Promise.all([waitHealthy(worker, 120_000), waitHealthy(api, 120_000)]);
      } catch (err) {
        const taken = [api, worker].some((c) => containerLogs(c, 200).includes('EADDRINUSE'));
        if (!taken || attempt === 3) throw err;
        say(`port ${apiPort} or ${metricsPort} was taken meanwhile by another process; again with new ports`);
        continue;
      }
      checkProcess(api);
      checkProcess(worker);
      return { apiPort, metricsPort };
    }
  });
  const { apiPort, metricsPort } = ports;

  await step('question through the api container, answered by the worker container', async () => {
    const token = await mintDevToken({ secret, bank: ISSUER_BANKS[0], ttlSeconds: 600 });
    const question = 'Top 5 categories by amount in the last 30 days';
    const answer = await ask(`http://127.0.0.1:${apiPort}`, token, question).catch((err: unknown) => {
      throw new PodmanError(
        `${err instanceof Error ? err.message : String(err)}\n--- worker log:\n${containerLogs(worker)}\n--- api log:\n${containerLogs(api)}`,
      );
    });
    // The queue prefix is this run's own: the only worker that could have answered is the container.
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    if (completedJobs(metrics) !== 1)
      fail(`the worker container reports ${completedJobs(metrics)} completed jobs, not 1`);
    say(
      `"${question}" (${ISSUER_BANKS[0]}): ${answer.rowCount} rows, ${answer.jobPath}, completed by ${worker}`,
    );
  });

  await step('api + worker stop on SIGTERM with exit code 0', () => {
    stopCleanly(worker, 40);
    stopCleanly(api, 15);
  });
  return urls;
}

const COMPOSE_QUESTIONS = [
  'Top 5 categories by amount in the last 30 days',
  'How many transactions were there yesterday?',
  'Сколько транзакций было вчера?',
  'Top 5 categories by amount',
];

async function checkCompose(runId: string): Promise<void> {
  const project = `pa-compose-${runId}`;
  const apiPort = await freePort();
  const secret = randomBytes(32).toString('base64url');
  // Compose substitutes from the shell and .env (loaded above); the check's own values win, and
  // the built-in planner answers (no LLM calls from a check).
  const file: ComposeFile = readCompose(join(repoRoot, 'docker-compose.yml'), {
    ...process.env,
    JWT_SECRET: secret,
    POSTGRES_PASSWORD: randomBytes(12).toString('hex'),
    PA_APP_PASSWORD: randomBytes(12).toString('hex'),
    API_PORT: String(apiPort),
    SEED_ROWS: '20000',
    LLM_PROVIDER: '',
  });
  const network = `${project}_default`;
  const started: string[] = [];
  cleanups.push({
    what: `remove ${project}'s containers, volumes and network`,
    run: () => {
      removeContainers([...started].reverse());
      const volumes = Object.keys(file.volumes ?? {}).map((v) => volumeName(project, v));
      if (volumes.length > 0) podman(['volume', 'rm', '--force', ...volumes], { allowFail: true });
      podman(['network', 'rm', '--force', network], { allowFail: true });
    },
  });
  // Services find each other by name ("db"): with podman 4.3's CNI networks that takes the dnsname
  // plugin, a package podman does not even recommend (without it: 'could not translate host name "db"').
  aptEnsure({ '/usr/lib/cni/dnsname': 'golang-github-containernetworking-plugin-dnsname' }, say);
  podman(['network', 'create', network]);
  const plan = {
    project,
    network,
    builtImage: (name: string, definition: ComposeFile['services'][string]) => {
      const dockerfile = definition.build?.dockerfile ?? 'Dockerfile';
      const image = { 'Dockerfile.api': API_IMAGE, 'Dockerfile.worker': WORKER_IMAGE }[dockerfile];
      if (!image) return fail(`${name}: builds ${dockerfile}, which the check does not build`);
      // compose tags what it builds with `image:`; the check built the same Dockerfile under its own name.
      if (definition.image) podman(['tag', image, definition.image]);
      return definition.image ?? image;
    },
  };
  const order = startOrder(file);
  for (const needed of ['redis', 'db', 'migrate', 'api', 'worker'])
    if (!file.services[needed]) fail(`docker-compose.yml has no ${needed} service`);
  const names = (service: string) =>
    Array.from({ length: replicas(file.services[service]!) }, (_, i) =>
      containerName(project, service, i + 1),
    );

  await step(`compose: ${order.join(' → ')} up, conditions met`, async () => {
    for (const service of order) {
      const definition = file.services[service]!;
      for (const dep of dependencies(definition)) {
        for (const container of names(dep.service)) {
          if (dep.condition === 'service_healthy') await waitHealthy(container, 180_000);
          if (dep.condition === 'service_completed_successfully') {
            const code = await waitExit(container, 600_000);
            if (code !== 0) fail(`${container} exited with ${code}:\n${containerLogs(container)}`);
          }
        }
      }
      for (const [i, container] of names(service).entries()) {
        started.push(container);
        podman(podmanRunArgs(plan, service, definition, i + 1));
      }
    }
    // Every long-running service with a health check is healthy (one-shots have exited by now).
    for (const service of order) {
      const { restart, healthcheck } = file.services[service]!;
      if (!healthcheck || healthcheck.test[0] === 'NONE' || restart === undefined || restart === 'no')
        continue;
      for (const container of names(service)) await waitHealthy(container, 180_000);
    }
  });

  await step(`compose: ${COMPOSE_QUESTIONS.length} questions through the published port`, async () => {
    const token = await mintDevToken({ secret, bank: ISSUER_BANKS[0], ttlSeconds: 600 });
    const workers = names('worker');
    const answers = await Promise.all(
      COMPOSE_QUESTIONS.map((q) => ask(`http://127.0.0.1:${apiPort}`, token, q)),
    ).catch((err: unknown) => {
      const logs = [...workers, ...names('api')].map((c) => `--- ${c}:\n${containerLogs(c)}`).join('\n');
      throw new PodmanError(`${err instanceof Error ? err.message : String(err)}\n${logs}`);
    });
    const perWorker = workers.map((w) => completedJobs(fetchInside(w, 'http://127.0.0.1:9091/metrics')));
    const total = perWorker.reduce((a, b) => a + b, 0);
    if (total !== COMPOSE_QUESTIONS.length)
      fail(`the workers report ${total} completed jobs for ${COMPOSE_QUESTIONS.length} questions`);
    say(
      `${answers.map((a) => a.rowCount).join(', ')} rows; completed per worker: ${workers
        .map((w, i) => `${w} ${perWorker[i]}`)
        .join(', ')}`,
    );
  });

  await step('compose: the API and workers log in as a non-superuser role; the database is hardened', () => {
    const superuser = environmentOf(file.services.db!).POSTGRES_USER ?? 'postgres';
    const apps = ['api', 'worker'].map((s) => environmentOf(file.services[s]!));
    const logins = new Set(apps.map((env) => new URL(env.DATABASE_URL ?? '').username));
    if (logins.size !== 1) fail(`the API and workers log in as ${[...logins].join(', ')}, not one role`);
    const [login] = [...logins];
    if (login === superuser) fail(`the API and workers log in as ${login}, the superuser POSTGRES_USER`);
    if (apps.some((env) => env.SUPERUSER_DATABASE_URL))
      fail('the API or the workers get SUPERUSER_DATABASE_URL (only migrate needs it)');
    // Right after the questions, the workers' and API's pools still hold their connections.
    const sql = `
      SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,
             (SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()),
             has_function_privilege('pa_reader', 'set_config(text,text,boolean)', 'EXECUTE'),
             (SELECT string_agg(DISTINCT usename, ',') FROM pg_stat_activity
               WHERE datname = current_database() AND backend_type = 'client backend'
                 AND pid <> pg_backend_pid())
        FROM pg_roles WHERE rolname = '${login}'`;
    const db = names('db')[0]!;
    const row = podman([
      'exec',
      db,
      'psql',
      '-U',
      superuser,
      '-d',
      'payment_analytics',
      '-AtF',
      ' ',
      '-c',
      sql,
    ])
      .stdout.trim()
      .split(' ');
    const [rolsuper, createrole, createdb, replication, bypassrls, owner, readerSetConfig, connected] = row;
    const powers = {
      SUPERUSER: rolsuper,
      CREATEROLE: createrole,
      CREATEDB: createdb,
      REPLICATION: replication,
      BYPASSRLS: bypassrls,
    };
    const held = Object.entries(powers)
      .filter(([, v]) => v !== 'f')
      .map(([k]) => k);
    if (row.length < 7 || held.length > 0)
      fail(`${login} is ${held.join(', ') || `not found (${row.join(' ')})`}`);
    if (owner !== login) fail(`payment_analytics is owned by ${owner}, not ${login}`);
    if (readerSetConfig !== 'f') fail('pa_reader may still call set_config: the hardening did not run');
    if (connected !== login)
      fail(`connections to payment_analytics log in as ${connected || 'nobody'}, not only ${login}`);
    say(
      `${login}: no ${Object.keys(powers).join(', ')}; owns payment_analytics; every client connection is ${login}; pa_reader cannot call set_config`,
    );
  });

  await step('compose: stop in reverse order, api and workers exit 0', () => {
    for (const service of [...order].reverse()) {
      const definition = file.services[service]!;
      const grace = definition.stop_grace_period ? Math.ceil(seconds(definition.stop_grace_period)) : 10;
      for (const container of names(service)) {
        if (service === 'api' || service === 'worker') stopCleanly(container, grace);
        else podman(['stop', '--time', String(grace), container], { timeoutMs: (grace + 30) * 1000 });
      }
    }
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-compose': { type: 'boolean', default: false },
      'no-kube': { type: 'boolean', default: false },
      'rebuild-base': { type: 'boolean', default: false },
    },
    strict: true,
  });
  loadDotEnv(repoRoot);
  const runId = randomBytes(4).toString('hex');
  const ctx = {
    root: repoRoot,
    cacheDir: imageCacheDir(repoRoot),
    log: say,
    rebuild: values['rebuild-base'],
  };
  // Ctrl-C reaches this process more than once (from the terminal and from npm and tsx passing
  // it on): every one waits for the same cleanup.
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!interrupted) say(`${signal}: cleaning up`);
      interrupted = true;
      void cleanUp().finally(() => {
        say('interrupted; cleaned up');
        process.exit(130);
      });
    });
  }
  try {
    await step('podman (runc, default ulimits)', () => ensurePodman(say));
    await step(`base image ${NODE_IMAGE}`, () => ensureNodeImage(ctx));
    await step(`build ${API_IMAGE}`, () =>
      build(ctx, 'api', join(repoRoot, 'Dockerfile.api'), repoRoot, API_IMAGE, null, []),
    );
    await step(`build ${WORKER_IMAGE}`, () =>
      build(ctx, 'worker', join(repoRoot, 'Dockerfile.worker'), repoRoot, WORKER_IMAGE, null, []),
    );
    await step('image contents (no tests, fixtures, dev dependencies)', () => {
      checkImageContents(API_IMAGE);
      checkImageContents(WORKER_IMAGE);
    });
    const urls = await checkHostNetwork(runId);
    if (!values['no-kube'])
      await checkKubePlay(runId, urls, { say, step, defer: (what, run) => cleanups.push({ what, run }) });
    if (!values['no-compose']) {
      await step(`base images ${REDIS_IMAGE}, ${POSTGRES_IMAGE}`, async () => {
        await ensureServiceImage(ctx, 'redis');
        await ensureServiceImage(ctx, 'postgres');
      });
      await checkCompose(runId);
    }
  } finally {
    await cleanUp();
  }
  const images = [
    NODE_IMAGE,
    API_IMAGE,
    WORKER_IMAGE,
    ...(values['no-compose'] ? [] : [REDIS_IMAGE, POSTGRES_IMAGE]),
  ];
  console.log(
    'images: sizes (podman image inspect .Size: uncompressed, layers shared with the base counted in each)',
  );
  for (const image of images) console.log(`  ${image.padEnd(48)} ${megabytes(imageSize(image)).padStart(8)}`);
  console.log('images: steps');
  for (const line of timings) console.log(`  ${line}`);
  console.log('images: ok');
}

main().catch((err: unknown) => {
  console.error(`images: FAILED: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
