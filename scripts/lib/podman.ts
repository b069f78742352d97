/**
 * Podman as this project uses it where there is no Docker engine and no image registry (issue
 * #13): Debian's podman with the runc runtime (crun refuses this kernel's hybrid cgroups) and
 * default ulimits in containers.conf, so that containers created by `podman run`, by the
 * Docker-compatible API socket (testcontainers) and by the compose check all start.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname } from 'node:path';

export const CONTAINERS_CONF = '/etc/containers/containers.conf';

/** Limits every container gets: the host's nofile/nproc are above what runc may set here. */
export const DEFAULT_ULIMITS = ['nofile=1024:1024', 'nproc=4096:4096'] as const;

const MANAGED = '# Managed by payments-analytics (scripts/lib/podman.ts); rewritten when it differs.';

export const CONTAINERS_CONF_TEXT = `${MANAGED}
# runc: crun refuses this kernel's hybrid cgroups. The ulimits apply to every container, including
# those created through the Docker-compatible API (testcontainers), which cannot pass --ulimit.
[containers]
default_ulimits = [${DEFAULT_ULIMITS.map((u) => `"${u}"`).join(', ')}]

[engine]
runtime = "runc"
`;

export type Log = (line: string) => void;

export class PodmanError extends Error {}

interface RunOptions {
  /** Do not throw on a non-zero exit; the caller reads `code`. */
  allowFail?: boolean;
  input?: string;
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion and returns its output; throws with its stderr on failure. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): RunResult {
  const res = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.input !== undefined ? { input: opts.input } : {}),
    ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : {}),
  });
  if (res.error) throw new PodmanError(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  const result = { code: res.status ?? 1, stdout: res.stdout ?? '', stderr: res.stderr ?? '' };
  if (result.code !== 0 && !opts.allowFail) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
    throw new PodmanError(`${cmd} ${args.slice(0, 4).join(' ')}… exited with ${result.code}:\n${tail}`);
  }
  return result;
}

export const podman = (args: string[], opts: RunOptions = {}): RunResult => run('podman', args, opts);

/**
 * Runs a long command (image builds, debootstrap) with its output in a log file, so that a
 * passing run prints one line and a failing one the last lines of the log.
 */
export async function runLogged(cmd: string, args: string[], logFile: string): Promise<void> {
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, `$ ${cmd} ${args.join(' ')}\n`);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  const keep = (b: Buffer) => {
    const text = b.toString('utf8');
    chunks.push(text);
    writeFileSync(logFile, text, { flag: 'a' });
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.once('close', (c) => done(c ?? 1));
  });
  if (code !== 0) {
    const tail = chunks.join('').trim().split('\n').slice(-25).join('\n');
    throw new PodmanError(
      `${cmd} ${args.slice(0, 3).join(' ')}… failed (exit ${code}); log: ${logFile}\n${tail}`,
    );
  }
}

const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs what is missing of `packages` ({binary: Debian package}) with apt-get. */
export function aptEnsure(packages: Record<string, string>, log: Log): void {
  const missing = Object.entries(packages)
    .filter(([bin]) => !has(bin) && !existsSync(bin))
    .map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  if (!isRoot() || !has('apt-get')) {
    throw new PodmanError(
      `missing ${missing.join(', ')}: install it (Debian: apt-get install ${missing.join(' ')}) and run again`,
    );
  }
  log(`installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'ignore',
    env,
  });
}

/**
 * Podman and runc installed, containers.conf with the runtime and the ulimits, and a container
 * that actually starts. A containers.conf we did not write is left alone when it already says the
 * same; otherwise the error names the lines to add.
 */
export function ensurePodman(log: Log): void {
  aptEnsure({ podman: 'podman', runc: 'runc' }, log);
  const current = existsSync(CONTAINERS_CONF) ? readFileSync(CONTAINERS_CONF, 'utf8') : null;
  if (current === null || (current.startsWith(MANAGED) && current !== CONTAINERS_CONF_TEXT)) {
    mkdirSync(dirname(CONTAINERS_CONF), { recursive: true });
    writeFileSync(CONTAINERS_CONF, CONTAINERS_CONF_TEXT);
    log(`wrote ${CONTAINERS_CONF} (runtime runc, ulimits ${DEFAULT_ULIMITS.join(' ')})`);
  } else if (!current.startsWith(MANAGED)) {
    const lacks = [/^\s*runtime\s*=\s*"runc"/m, ...DEFAULT_ULIMITS.map((u) => new RegExp(`"${u}"`))].filter(
      (re) => !re.test(current),
    );
    if (lacks.length > 0) {
      throw new PodmanError(
        `${CONTAINERS_CONF} exists and lacks runtime = "runc" and/or default_ulimits ${DEFAULT_ULIMITS.join(', ')}; ` +
          `add them (or delete the file and it is written for you):\n${CONTAINERS_CONF_TEXT}`,
      );
    }
  }
  const runtime = podman(['info', '--format', '{{.Host.OCIRuntime.Name}}']).stdout.trim();
  if (runtime !== 'runc')
    throw new PodmanError(`podman uses the ${runtime} runtime, not runc; see ${CONTAINERS_CONF}`);
}

export function imageExists(ref: string): boolean {
  return podman(['image', 'exists', ref], { allowFail: true }).code === 0;
}

export function imageLabel(ref: string, label: string): string | null {
  const res = podman(['image', 'inspect', '--format', `{{index .Labels "${label}"}}`, ref], {
    allowFail: true,
  });
  const value = res.stdout.trim();
  return res.code === 0 && value !== '' && value !== '<no value>' ? value : null;
}

export function imageId(ref: string): string {
  return podman(['image', 'inspect', '--format', '{{.Id}}', ref]).stdout.trim();
}

/** The image's id, or null when there is no such image. */
export function imageIdIfAny(ref: string): string | null {
  return imageExists(ref) ? imageId(ref) : null;
}

/** The image's size as `podman images` reports it (uncompressed layers), in bytes. */
export function imageSize(ref: string): number {
  return Number(podman(['image', 'inspect', '--format', '{{.Size}}', ref]).stdout.trim());
}

export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** Removes containers by name (running or not) with their anonymous volumes; never fails. */
export function removeContainers(names: string[]): void {
  if (names.length === 0) return;
  podman(['rm', '--force', '--ignore', '--volumes', '--time', '5', ...names], { allowFail: true });
}

export function containerState(name: string): { status: string; exitCode: number } | null {
  const res = podman(
    ['inspect', '--type', 'container', '--format', '{{.State.Status}} {{.State.ExitCode}}', name],
    {
      allowFail: true,
    },
  );
  if (res.code !== 0) return null;
  const [status, code] = res.stdout.trim().split(' ');
  return { status: status ?? 'unknown', exitCode: Number(code) };
}

export function containerLogs(name: string, lines = 40): string {
  const res = podman(['logs', '--tail', String(lines), name], { allowFail: true });
  return `${res.stdout}${res.stderr}`.trim();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the container's health check until it passes. Without systemd (these VMs) podman never
 * runs health checks on a timer, so the caller drives them, as an orchestrator would.
 */
export async function waitHealthy(name: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const state = containerState(name);
    if (!state) throw new PodmanError(`container ${name} is gone`);
    if (state.status === 'exited' || state.status === 'stopped') {
      throw new PodmanError(
        `container ${name} exited (${state.exitCode}) before it was healthy:\n${containerLogs(name)}`,
      );
    }
    const res = podman(['healthcheck', 'run', name], { allowFail: true, timeoutMs: 30_000 });
    if (res.code === 0) return;
    last = `${res.stdout}${res.stderr}`.trim();
    await sleep(1_000);
  }
  throw new PodmanError(
    `container ${name} not healthy after ${timeoutMs / 1000} s (${last}):\n${containerLogs(name)}`,
  );
}

/** Waits for a container to exit and returns its exit code (without blocking signal handlers). */
export async function waitExit(name: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = containerState(name);
    if (!state) throw new PodmanError(`container ${name} is gone`);
    if (state.status === 'exited' || state.status === 'stopped') return state.exitCode;
    if (Date.now() > deadline)
      throw new PodmanError(`container ${name} still ${state.status} after ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

/** GET over a unix socket (the Docker-compatible API's /_ping). */
function pingSocket(socketPath: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request({ socketPath, path: '/_ping', timeout: 2_000 }, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on('error', () => done(false));
    req.on('timeout', () => {
      req.destroy();
      done(false);
    });
    req.end();
  });
}

export interface ApiService {
  /** `unix:///…/podman.sock`, for DOCKER_HOST. */
  dockerHost: string;
  /** Stops the service if this call started it. */
  stop: () => Promise<void>;
}

/**
 * A Docker-compatible API on a unix socket (`podman system service`), for testcontainers. An
 * already answering socket at `socketPath` is reused and left running.
 */
export async function startApiService(socketPath: string, logFile: string, log: Log): Promise<ApiService> {
  const dockerHost = `unix://${socketPath}`;
  if (await pingSocket(socketPath)) return { dockerHost, stop: async () => {} };
  mkdirSync(dirname(socketPath), { recursive: true });
  mkdirSync(dirname(logFile), { recursive: true });
  const child: ChildProcess = spawn('podman', ['system', 'service', '--time=0', dockerHost], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (b: Buffer) => writeFileSync(logFile, b, { flag: 'a' }));
  const deadline = Date.now() + 20_000;
  while (!(await pingSocket(socketPath))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new PodmanError(`podman system service did not answer on ${socketPath}; log: ${logFile}`);
    }
    await sleep(200);
  }
  log(`podman system service (pid ${child.pid}) answers on ${dockerHost}`);
  return {
    dockerHost,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
    },
  };
}
