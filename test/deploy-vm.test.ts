/**
 * Plain-VM deployment (issue #13, item 5): the systemd units in deploy/systemd pass
 * `systemd-analyze verify` (every directive known and valid, every ExecStart program present)
 * and `systemd-analyze security` rates them OK; the nginx site in deploy/nginx passes
 * `nginx -t` with a self-signed certificate, and then really serves: TLS in front of an API
 * and a worker, an SSE stream that delivers events while its job is still running, the
 * redirect from plain HTTP, and nothing but the public paths.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv, workerEnvSchema } from '@pa/config';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../scripts/lib/root.js';
import { adminToken } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase } from './support/db.js';
import {
  freePort,
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForStage,
  waitForTerminal,
} from './support/stack.js';

const UNITS = join(repoRoot, 'deploy/systemd');
const SITE = join(repoRoot, 'deploy/nginx/payments-analytics.conf');
const HOST = 'analytics.example.com';

/** A program's path: on PATH, or in the sbin directories a non-login shell may lack. */
function program(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  return ['/usr/sbin', '/sbin', '/usr/bin'].map((d) => join(d, name)).find((p) => existsSync(p)) ?? null;
}
const systemdAnalyze = program('systemd-analyze');
const nginx = program('nginx');
const openssl = program('openssl');

/** Key=value settings of a unit file, every value of a repeated key kept. */
function settings(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (m) out.set(m[1]!, [...(out.get(m[1]!) ?? []), m[2]!]);
  }
  return out;
}

/** The units in a scratch folder, a worker instance made from the template, ready to verify. */
function unitsForVerify(): { dir: string; files: string[]; note: string | null } {
  const dir = mkdtempSync(join(tmpdir(), 'pa-units-'));
  // The units run /usr/bin/node (NodeSource's package, docs/operations.md). Where this machine's
  // Node lives elsewhere, verify runs against it instead: the check is that the program exists.
  const note = existsSync('/usr/bin/node')
    ? null
    : `ExecStart uses ${process.execPath} here (no /usr/bin/node)`;
  for (const f of readdirSync(UNITS)) {
    let text = readFileSync(join(UNITS, f), 'utf8');
    if (note) text = text.replaceAll('/usr/bin/node ', `${process.execPath} `);
    writeFileSync(join(dir, f), text);
  }
  copyFileSync(
    join(dir, 'payments-analytics-worker@.service'),
    join(dir, 'payments-analytics-worker@9091.service'),
  );
  const files = readdirSync(dir)
    .filter((f) => f !== 'payments-analytics-worker@.service')
    .map((f) => join(dir, f));
  return { dir, files, note };
}

describe('systemd units', () => {
  const services = readdirSync(UNITS).filter((f) => f.endsWith('.service'));

  it('run the apps as an unprivileged user from an environment file, hardened, restarted on failure', () => {
    expect(services.sort()).toEqual([
      'payments-analytics-api.service',
      'payments-analytics-backup.service',
      'payments-analytics-migrate.service',
      'payments-analytics-worker@.service',
    ]);
    for (const f of services) {
      const s = settings(join(UNITS, f));
      expect(s.get('User'), f).toEqual(['payments-analytics']);
      expect(s.get('EnvironmentFile')?.[0], f).toMatch(/^\/etc\/payments-analytics\//);
      for (const [key, value] of [
        ['NoNewPrivileges', 'yes'],
        ['ProtectSystem', 'strict'],
        ['ProtectHome', 'yes'],
        ['PrivateTmp', 'yes'],
        ['PrivateDevices', 'yes'],
        ['ReadOnlyPaths', '/opt/payments-analytics'],
        ['CapabilityBoundingSet', ''],
      ] as const) {
        expect(s.get(key), `${f}: ${key}`).toEqual([value]);
      }
      if (s.get('Type')?.[0] !== 'oneshot') expect(s.get('Restart'), f).toEqual(['on-failure']);
    }
    const api = settings(join(UNITS, 'payments-analytics-api.service'));
    expect(api.get('ExecStart')?.[0]).toContain('apps/api/src/main.ts');
    const worker = settings(join(UNITS, 'payments-analytics-worker@.service'));
    expect(worker.get('ExecStart')?.[0]).toContain('METRICS_PORT=%i');
    expect(worker.get('ExecStart')?.[0]).toContain('apps/worker/src/main.ts');
  });

  it('give a worker longer to stop than its shutdown deadline', () => {
    const worker = settings(join(UNITS, 'payments-analytics-worker@.service'));
    const stopSeconds = Number(/^(\d+)s$/.exec(worker.get('TimeoutStopSec')?.[0] ?? '')?.[1]);
    const { SHUTDOWN_TIMEOUT_MS } = parseEnv(workerEnvSchema, {
      DATABASE_URL: 'postgres://u@h/db',
      REDIS_URL: 'redis://h',
    });
    expect(stopSeconds * 1000).toBeGreaterThanOrEqual(SHUTDOWN_TIMEOUT_MS + 5_000);
  });

  it('pass `systemd-analyze verify`', (ctx) => {
    if (!systemdAnalyze) return ctx.skip('systemd-analyze is not installed');
    const { dir, files, note } = unitsForVerify();
    try {
      if (note) console.info(note);
      const run = spawnSync(systemdAnalyze!, ['verify', '--man=no', ...files], { encoding: 'utf8' });
      // Warnings (an unknown key, a value it cannot parse) go to stderr without failing the run.
      expect(run.stderr.trim(), run.stderr).toBe('');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are rated OK by `systemd-analyze security`', (ctx) => {
    if (!systemdAnalyze) return ctx.skip('systemd-analyze is not installed');
    const { dir, files } = unitsForVerify();
    try {
      for (const file of files.filter((f) => f.endsWith('.service'))) {
        const run = spawnSync(systemdAnalyze!, ['security', '--offline=yes', '--no-pager', file], {
          encoding: 'utf8',
        });
        const level = Number(/Overall exposure level for .*: ([\d.]+)/.exec(run.stdout + run.stderr)?.[1]);
        expect(level, `${file}\n${run.stdout}${run.stderr}`).toBeLessThan(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nginx site', () => {
  const site = readFileSync(SITE, 'utf8');

  it('proxies SSE unbuffered over HTTP/1.1 keep-alive with long timeouts', () => {
    const sse = /location ~ \^\/api\/queries\/\[\^\/\]\+\/events\$ \{([^}]*)\}/.exec(site)?.[1] ?? '';
    expect(sse).toMatch(/proxy_buffering off;/);
    expect(sse).toMatch(/proxy_cache off;/);
    expect(sse).toMatch(/proxy_read_timeout 1h;/);
    expect(site).toMatch(/proxy_http_version 1\.1;/);
    expect(site).toMatch(/proxy_set_header Connection "";/);
    expect(site).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
    expect(site).toMatch(/listen 443 ssl/);
  });

  const running =
    nginx && openssl
      ? 'running'
      : 'running — skipped: nginx or openssl is not installed (apt-get install nginx)';
  describe.skipIf(!nginx || !openssl)(running, () => {
    let dir: string;
    let db: TestDatabase;
    let api: InProcessApi | undefined;
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
    let proc: ChildProcess | undefined;
    let httpsPort: number;
    let httpPort: number;
    let cert: string;

    /** The site with this test's certificate, ports and API address; and a main config around it. */
    function writeConfig(apiPort: number): string {
      let text = site
        .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${join(dir, 'cert.pem')};`)
        .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${join(dir, 'key.pem')};`)
        .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${apiPort};`)
        .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
        .replaceAll('listen 80;', `listen 127.0.0.1:${httpPort};`)
        .replace(/\n\s*listen \[::\]:\d+[^;]*;/g, '');
      expect(text).not.toMatch(/letsencrypt\/live/);
      writeFileSync(join(dir, 'site.conf'), text);
      const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
        .map((t) => `  ${t}_temp_path ${join(dir, t)};`)
        .join('\n');
      const main = `pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
${temp}
  include ${join(dir, 'site.conf')};
}
`;
      writeFileSync(join(dir, 'nginx.conf'), main);
      text = join(dir, 'nginx.conf');
      return text;
    }

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'pa-nginx-'));
      // nginx's workers run as an unprivileged user when we are root: they must reach their temp folders.
      chmodSync(dir, 0o755);
      execFileSync(
        openssl!,
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '2',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-subj',
          `/CN=${HOST}`,
          '-addext',
          `subjectAltName=DNS:${HOST}`,
        ],
        { stdio: 'ignore' },
      ); // prettier-ignore
      cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
      [httpsPort, httpPort] = [await freePort(), await freePort()];
      db = await createTestDatabase();
      const env = stackEnv(db.url, { SSE_PING_MS: '300' });
      api = await startApi(env);
      worker = await startWorker(env);
    }, 120_000);

    afterAll(async () => {
      if (proc && proc.exitCode === null) {
        const exited = new Promise((resolve) => proc!.once('exit', resolve));
        proc.kill('SIGTERM');
        await exited;
      }
      await worker?.close();
      await api?.close();
      await db?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('passes `nginx -t` with a self-signed certificate', () => {
      const conf = writeConfig(Number(new URL(api!.url).port));
      const run = spawnSync(nginx!, ['-t', '-p', dir, '-c', conf, '-e', join(dir, 'error.log')], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/syntax is ok/);
      expect(run.stderr).toMatch(/test is successful/);
    });

    it('serves the API over TLS and streams SSE events while the job is still running', async () => {
      const conf = join(dir, 'nginx.conf');
      proc = spawn(nginx!, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log'), '-g', 'daemon off;'], {
        stdio: 'ignore',
      });
      const get = (path: string, headers: Record<string, string> = {}) =>
        new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
          const req = httpsRequest(
            {
              host: '127.0.0.1',
              port: httpsPort,
              path,
              servername: HOST,
              ca: cert,
              headers: { host: HOST, ...headers },
            },
            (res) => {
              let body = '';
              res.on('data', (d: Buffer) => {
                body += d.toString();
              });
              res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
            },
          );
          req.on('error', reject);
          req.end();
        });
      await vi.waitFor(async () => expect((await get('/api/health')).status).toBe(200), {
        timeout: 10_000,
        interval: 100,
      });
      expect((await get('/metrics')).status).toBe(404);
      const plain = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: httpPort, path: '/api/health', headers: { host: HOST } },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode!, location: res.headers.location });
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(plain).toEqual({ status: 301, location: `https://${HOST}/api/health` });

      // Hold the job in its executing stage: its first events must reach us through nginx now.
      const release = await lockTransactions(db.pool);
      try {
        const token = await adminToken();
        const job = await submit(api!.url, 'How many transactions were there yesterday?', {
          options: { use_cache: false },
        });
        await waitForStage(api!.url, job.id, 'executing');
        const events: string[] = [];
        const stream = httpsRequest({
          host: '127.0.0.1',
          port: httpsPort,
          path: job.links.events,
          servername: HOST,
          ca: cert,
          headers: { host: HOST, authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        });
        const ended = new Promise<void>((resolve, reject) => {
          stream.on('response', (res) => {
            expect(res.statusCode).toBe(200);
            expect(res.headers['content-type']).toMatch(/text\/event-stream/);
            res.on('data', (d: Buffer) => {
              for (const m of d.toString().matchAll(/^event: (\w+)$/gm)) events.push(m[1]!);
            });
            res.on('end', () => resolve());
          });
          stream.on('error', reject);
        });
        stream.end();
        await vi.waitFor(() => expect(events).toContain('snapshot'), { timeout: 10_000, interval: 50 });
        expect(events).not.toContain('completed');
        await release();
        await ended;
        expect(events.at(-1)).toBe('completed');
        expect(((await waitForTerminal(api!.url, job.id)) as { status: string }).status).toBe('completed');
      } finally {
        await release();
      }
    });
  });
});
