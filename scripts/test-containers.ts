/**
 * `npm run test:containers [-- vitest options]`: the integration suite with Redis and PostgreSQL
 * started by testcontainers, the way the tests bring up services where a Docker engine exists,
 * here through podman's Docker-compatible API (issue #13 item 7):
 *
 * - podman with runc and default ulimits in containers.conf (containers created through the API
 *   cannot pass --ulimit);
 * - redis:7-bookworm and postgres:15-bookworm made locally from Debian's packages when missing
 *   (no registry is reachable here; scripts/lib/local-images.ts);
 * - `podman system service` on a unix socket as DOCKER_HOST, the Ryuk reaper disabled (its image
 *   cannot be pulled; this script removes what the run leaves instead);
 * - vitest's integration project with PA_TEST_SERVICES=containers, so global setup uses
 *   containers or fails (never falls back to local servers).
 *
 * The chaos tests (test/chaos) are left out: they start scratch servers of their own from system
 * binaries whatever the setup uses, so running them here again would prove nothing about
 * containers (`npm test` runs them).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureServiceImage, imageCacheDir } from './lib/local-images.js';
import { ensurePodman, podman, removeContainers, startApiService } from './lib/podman.js';
import { repoRoot } from './lib/root.js';

const say = (line: string) => console.error(`test:containers: ${line}`);

/** A unix socket path must stay under ~108 bytes; a deep checkout uses the temp directory. */
function socketPath(): string {
  const inRepo = join(repoRoot, '.data', 'podman', 'podman.sock');
  if (inRepo.length < 100) return inRepo;
  return join(tmpdir(), `pa-podman-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 12)}.sock`);
}

const testcontainersIds = () =>
  new Set(
    podman(['ps', '--all', '--quiet', '--no-trunc', '--filter', 'label=org.testcontainers=true'])
      .stdout.split('\n')
      .filter(Boolean),
  );

async function main(): Promise<number> {
  ensurePodman(say);
  const ctx = { root: repoRoot, cacheDir: imageCacheDir(repoRoot), log: say };
  await ensureServiceImage(ctx, 'redis');
  await ensureServiceImage(ctx, 'postgres');
  const service = await startApiService(socketPath(), join(ctx.cacheDir, 'logs', 'podman-service.log'), say);
  const before = testcontainersIds();
  try {
    const vitest = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--project',
        'integration',
        '--exclude',
        'test/chaos/**',
        ...process.argv.slice(2),
      ],
      {
        cwd: repoRoot,
        stdio: 'inherit',
        env: {
          ...process.env,
          PA_TEST_SERVICES: 'containers',
          DOCKER_HOST: service.dockerHost,
          TESTCONTAINERS_RYUK_DISABLED: 'true',
        },
      },
    );
    const forward = (signal: NodeJS.Signals) => vitest.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    return await new Promise<number>((done) =>
      vitest.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0))),
    );
  } finally {
    // Without Ryuk nothing else removes what a run that failed midway left behind.
    const leftovers = [...testcontainersIds()].filter((id) => !before.has(id));
    if (leftovers.length > 0) {
      say(`removing ${leftovers.length} container(s) the run left behind`);
      removeContainers(leftovers);
    }
    await service.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`test:containers: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
