// biome-ignore-all lint/suspicious/noTemplateCurlyInString: compose files use ${VAR} syntax, which these tests spell out
import { join } from 'node:path';
import { apiEnvSchema, parseEnv, workerEnvSchema } from '@pa/config';
import { describe, expect, it } from 'vitest';
import {
  type ComposeFile,
  dependencies,
  environmentOf,
  interpolate,
  parseCompose,
  podmanRunArgs,
  readCompose,
  replicas,
  seconds,
  startOrder,
} from './compose.js';
import { repoRoot } from './root.js';

describe('interpolate', () => {
  const env = { SET: 'value', EMPTY: '' };

  it('substitutes compose-style variables, with defaults for unset (and with :- for empty) ones', () => {
    expect(interpolate('${SET} $SET ${UNSET} ${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d}', env)).toBe(
      'value value  d d  d',
    );
  });

  it('keeps $$ as a literal dollar and fails on a required variable that is missing', () => {
    expect(interpolate('cost $$5 ${SET:?}', env)).toBe('cost $5 value');
    expect(() => interpolate('${EMPTY:?set EMPTY}', env)).toThrow('EMPTY: set EMPTY');
    expect(interpolate('${EMPTY?}', env)).toBe('');
  });
});

describe('parseCompose', () => {
  it('refuses keys the check would otherwise ignore', () => {
    const text = 'services:\n  a:\n    image: x:1\n    privileged: true\n';
    expect(() => parseCompose(text, {})).toThrow(/services\.a: .*privileged/);
  });

  it('orders dependencies first and refuses a cycle', () => {
    const file = parseCompose(
      'services:\n  c: { image: x:1, depends_on: [b] }\n  b: { image: x:1, depends_on: { a: { condition: service_healthy } } }\n  a: { image: x:1 }\n',
      {},
    );
    expect(startOrder(file)).toEqual(['a', 'b', 'c']);
    expect(dependencies(file.services.b!)).toEqual([{ service: 'a', condition: 'service_healthy' }]);
    const cycle = parseCompose(
      'services:\n  a: { image: x:1, depends_on: [b] }\n  b: { image: x:1, depends_on: [a] }\n',
      {},
    );
    expect(() => startOrder(cycle)).toThrow('dependency cycle: a → b → a');
  });
});

describe('podmanRunArgs', () => {
  const plan = { project: 'p', network: 'p_default', builtImage: () => 'localhost/built:1' };
  const file = parseCompose(
    `services:
  db:
    image: postgres:15-bookworm
    volumes: ["data:/var/lib/postgresql/data", "./init:/init:ro"]
    ulimits: { data: 268435456 }
    healthcheck: { test: ["CMD", "pg_isready", "-h", "127.0.0.1"], interval: 5s, retries: 20 }
    restart: unless-stopped
    stop_grace_period: 1m30s
  app:
    build: { context: ., dockerfile: Dockerfile.api }
    environment: [A=1, B=x=y]
    healthcheck: { test: "wget -q localhost", start_period: 30s }
    command: node main.js
volumes:
  data:
`,
    {},
  );

  it('runs a service on the project network under its name, with its volumes, limits and health check', () => {
    const args = podmanRunArgs(plan, 'db', file.services.db!, 1);
    expect(args.slice(0, 9)).toEqual([
      'run',
      '--detach',
      '--pull=never',
      '--name',
      'p-db-1',
      '--network',
      'p_default',
      '--network-alias',
      'db',
    ]);
    expect(args).toEqual(
      expect.arrayContaining(['--volume', 'p_data:/var/lib/postgresql/data', '--volume', './init:/init:ro']),
    );
    expect(args).toEqual(
      expect.arrayContaining(['--health-cmd', '["pg_isready","-h","127.0.0.1"]', '--health-retries', '20']),
    );
    expect(args).toEqual(expect.arrayContaining(['--restart', 'unless-stopped', '--stop-timeout', '90']));
    // podman drops containers.conf's default ulimits once one is given: they come back.
    const ulimits = args.flatMap((a, i) => (args[i - 1] === '--ulimit' ? [a] : []));
    expect(ulimits).toEqual(['data=268435456:268435456', 'nofile=1024:1024', 'nproc=4096:4096']);
    expect(args.at(-1)).toBe('postgres:15-bookworm');
  });

  it('uses the built image, shell-form health checks and list environments', () => {
    const args = podmanRunArgs(plan, 'app', file.services.app!, 2);
    expect(args).toContain('p-app-2');
    expect(args).toEqual(expect.arrayContaining(['--env', 'A=1', '--env', 'B=x=y']));
    expect(args).toEqual(
      expect.arrayContaining(['--health-cmd', 'wget -q localhost', '--health-start-period', '30s']),
    );
    expect(args).not.toContain('--ulimit');
    expect(args.slice(-3)).toEqual(['localhost/built:1', 'node', 'main.js']);
  });
});

describe('docker-compose.yml', () => {
  const file: ComposeFile = readCompose(join(repoRoot, 'docker-compose.yml'), { JWT_SECRET: 'x'.repeat(40) });
  const s = file.services;

  it('keeps Redis durable and never evicting, with a health check', () => {
    const command = s.redis!.command as string[];
    expect(command.join(' ')).toContain('--appendonly yes');
    expect(command.join(' ')).toContain('--maxmemory-policy noeviction');
    expect(s.redis!.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
    expect(s.redis!.healthcheck).toBeDefined();
  });

  it('migrates once, after the database is healthy, before the API and the workers start', () => {
    expect(s.migrate!.restart).toBe('no');
    expect(dependencies(s.migrate!)).toEqual(
      expect.arrayContaining([{ service: 'db', condition: 'service_healthy' }]),
    );
    for (const app of ['api', 'worker']) {
      expect(dependencies(s[app]!)).toEqual(
        expect.arrayContaining([
          { service: 'migrate', condition: 'service_completed_successfully' },
          { service: 'redis', condition: 'service_healthy' },
        ]),
      );
    }
    const order = startOrder(file);
    expect(order.indexOf('migrate')).toBeLessThan(order.indexOf('api'));
    expect(order.indexOf('db')).toBeLessThan(order.indexOf('migrate'));
  });

  it('runs two workers whose grace period outlasts their shutdown deadline, every long-running service health-checked', () => {
    expect(replicas(s.worker!)).toBe(2);
    const worker = parseEnv(workerEnvSchema, environmentOf(s.worker!));
    expect(seconds(s.worker!.stop_grace_period!) * 1000).toBeGreaterThan(worker.SHUTDOWN_TIMEOUT_MS);
    for (const [name, service] of Object.entries(s)) {
      if (service.restart === 'no') continue;
      expect(service.healthcheck?.test, name).toBeDefined();
      expect(service.healthcheck?.test[0], name).not.toBe('NONE');
    }
  });

  it('gives the API and workers an environment their config accepts, and pins every image to a version', () => {
    expect(() => parseEnv(apiEnvSchema, environmentOf(s.api!))).not.toThrow();
    expect(() => parseEnv(workerEnvSchema, environmentOf(s.worker!))).not.toThrow();
    for (const service of Object.values(s)) expect(service.image).toMatch(/:(?!latest$)[\w.-]+$/);
  });
});
