/**
 * Brings Redis (>= 7) and PostgreSQL (>= 15) up for development and tests.
 *
 * Order of preference: URLs already configured and reachable; a Docker engine
 * through testcontainers (tests only); local servers started from system
 * binaries with their data under `.data/` (installed with apt-get when missing
 * and running as root on Debian/Ubuntu).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { hardenDatabase } from '../harden.js';

export interface ServiceUrls {
  databaseUrl: string;
  redisUrl: string;
}

interface Ports {
  redis: number;
  postgres: number;
}

interface StartedRecord {
  redis?: { port: number; pidFile: string };
  postgres?: { dataDir: string; port: number; binDir: string };
}

export interface EnsureOptions {
  root: string;
  databaseUrl?: string | undefined;
  redisUrl?: string | undefined;
  log?: (line: string) => void;
}

/** Preferred ports; a checkout whose preferred port is taken (another checkout's server) takes the next free one. */
const DEFAULT_PORTS: Ports = { redis: 6399, postgres: 54329 };
/** How far past the preferred port to look for a free one. */
const PORT_SEARCH = 50;
const APP_USER = 'pa_app';
const APP_DB = 'payment_analytics';
/** Server-wide cap on one session's temporary files (superuser-only setting; docs/security.md). */
const TEMP_FILE_LIMIT = '2GB';
/**
 * Private memory of every server process (RLIMIT_DATA, inherited from the postmaster; shared
 * buffers are shared mappings and do not count): past it palloc fails with "out of memory", an
 * ordinary error (53200), instead of one backend growing until the machine swaps. PostgreSQL has
 * no per-backend memory setting, and nothing else bounds what one statement allocates in a loop
 * the statement timeout does not interrupt (docs/security.md, "Bounded work"). Index builds in the
 * seed use 128 MB of maintenance_work_mem, queries 32 MB of work_mem per sort or hash.
 */
export const PG_BACKEND_DATA_BYTES = 256 * 1024 * 1024;

/** Where accepted questions live must survive a restart and never evict a job (BullMQ's production guide). */
export const REDIS_DURABILITY_ARGS = [
  '--appendonly',
  'yes',
  '--appendfsync',
  'everysec',
  '--maxmemory-policy',
  'noeviction',
] as const;

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export async function redisReachable(url: string): Promise<string | null> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1500,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    const info = await client.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '0';
    return version;
  } catch {
    return null;
  } finally {
    client.disconnect();
  }
}

export async function postgresReachable(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const res = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Number(res.rows[0]?.v ?? 0);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

function which(bin: string): string | null {
  const res = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

function aptInstall(pkgs: string[], log: (l: string) => void): void {
  if (!isRoot() || !which('apt-get')) {
    throw new Error(
      `Missing ${pkgs.join(', ')}. Install it with your package manager (Debian/Ubuntu: apt-get install ${pkgs.join(' ')}), or set the URL of a running server in .env.`,
    );
  }
  log(`installing ${pkgs.join(', ')} with apt-get…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function postgresBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .map(Number)
      .filter((v) => v >= 15)
      .sort((a, b) => b - a);
    for (const v of versions) {
      const dir = join(base, String(v), 'bin');
      if (existsSync(join(dir, 'initdb'))) return dir;
    }
  }
  const initdb = which('initdb');
  return initdb ? resolve(initdb, '..') : null;
}

/** Runs a command as the `postgres` OS user when we are root (initdb and postgres refuse root). */
function runAsPgUser(cmd: string, args: string[]): string {
  if (isRoot()) {
    return execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' });
  }
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const srv = createServer();
    srv.once('error', () => done(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
  });
}

function readRecord(dataRoot: string): StartedRecord {
  const file = join(dataRoot, 'services.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StartedRecord) : {};
}

function writeRecord(dataRoot: string, rec: StartedRecord): void {
  writeFileSync(join(dataRoot, 'services.json'), `${JSON.stringify(rec, null, 2)}\n`);
}

/** The ports this checkout's local servers use, chosen once and kept in .data/ports.json. */
function recordedPorts(dataRoot: string): Partial<Ports> {
  const file = join(dataRoot, 'ports.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Ports>) : {};
}

/**
 * The port of this checkout's server of one kind: the recorded one, else the preferred one when
 * free, else the next free port after it (another checkout on this machine runs its own servers
 * on the preferred ports). The choice is recorded so that later runs and `.env` agree.
 */
export async function portFor(
  dataRoot: string,
  kind: keyof Ports,
  log: (l: string) => void,
  preferred: number = DEFAULT_PORTS[kind],
): Promise<number> {
  const recorded = recordedPorts(dataRoot);
  // Servers an earlier run started (before ports were recorded) keep their port.
  const known = recorded[kind] ?? readRecord(dataRoot)[kind]?.port;
  if (known !== undefined) return known;
  for (let port = preferred; port <= preferred + PORT_SEARCH; port++) {
    if (await portFree(port)) {
      if (port !== preferred)
        log(`port ${preferred} is taken (another checkout?); using ${port} for ${kind}`);
      writeFileSync(
        join(dataRoot, 'ports.json'),
        `${JSON.stringify({ ...recorded, [kind]: port }, null, 2)}\n`,
      );
      return port;
    }
  }
  throw new Error(
    `no free port in ${preferred}–${preferred + PORT_SEARCH} for ${kind}; set its URL in .env.`,
  );
}

/** This checkout's port for a kind of server if one was chosen, else the preferred one. */
function localPort(dataRoot: string, kind: keyof Ports): number {
  return recordedPorts(dataRoot)[kind] ?? DEFAULT_PORTS[kind];
}

async function startLocalRedis(dataRoot: string, log: (l: string) => void): Promise<string> {
  const port = await portFor(dataRoot, 'redis', log);
  const url = `redis://127.0.0.1:${port}`;
  if (await redisReachable(url)) return url;
  if (!which('redis-server')) aptInstall(['redis-server'], log);
  if (!(await portFree(port))) {
    throw new Error(`Port ${port} is taken by something that is not Redis; set REDIS_URL in .env.`);
  }
  const dir = join(dataRoot, 'redis');
  mkdirSync(dir, { recursive: true });
  const pidFile = join(dir, 'redis.pid');
  execFileSync('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    ...REDIS_DURABILITY_ARGS,
    '--daemonize',
    'yes',
    '--pidfile',
    pidFile,
    '--logfile',
    join(dir, 'redis.log'),
    '--save',
    '',
  ]); // prettier-ignore
  for (let i = 0; i < 50; i++) {
    if (await redisReachable(url)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!(await redisReachable(url))) throw new Error(`Redis did not start; see ${join(dir, 'redis.log')}`);
  writeRecord(dataRoot, { ...readRecord(dataRoot), redis: { port, pidFile } });
  log(`started redis-server on port ${port} (AOF everysec, noeviction)`);
  return url;
}

async function startLocalPostgres(dataRoot: string, log: (l: string) => void): Promise<string> {
  const chosenBefore = recordedPorts(dataRoot).postgres ?? readRecord(dataRoot).postgres?.port;
  let port = await portFor(dataRoot, 'postgres', log);
  const pwFile = join(dataRoot, 'pg-password');
  const dataDir = join(dataRoot, 'pg');
  let binDir = postgresBinDir();
  if (!binDir) {
    aptInstall(['postgresql'], log);
    binDir = postgresBinDir();
    if (!binDir) throw new Error('PostgreSQL >= 15 binaries not found after installing postgresql.');
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    const password = randomBytes(12).toString('hex');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(pwFile, password, { mode: 0o600 });
    const superPwFile = join(dataRoot, 'pg-superuser-pwfile');
    writeFileSync(superPwFile, password, { mode: 0o600 });
    if (isRoot()) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dataDir, uid, gid);
      chownSync(superPwFile, uid, gid);
    }
    chmodSync(dataDir, 0o700);
    runAsPgUser(join(binDir, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=scram-sha-256',
      `--pwfile=${superPwFile}`,
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-instructions',
    ]); // prettier-ignore
  }
  const password = readFileSync(pwFile, 'utf8').trim();
  let superUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  if (!(await postgresReachable(superUrl))) {
    // A port chosen just now may have been taken while initdb ran (another checkout or test run
    // starting its own server at the same time): choose again rather than fail.
    for (let tries = 0; chosenBefore === undefined && tries < 5 && !(await portFree(port)); tries++) {
      writeFileSync(
        join(dataRoot, 'ports.json'),
        `${JSON.stringify({ ...recordedPorts(dataRoot), postgres: undefined }, null, 2)}\n`,
      );
      port = await portFor(dataRoot, 'postgres', log, port + 1);
      superUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
    }
    if (!(await portFree(port))) {
      throw new Error(`Port ${port} is taken by something else; set DATABASE_URL in .env.`);
    }
    const prlimit = which('prlimit');
    if (!prlimit) log('prlimit (util-linux) not found: server processes run without a memory limit');
    const [launcher, ...launch] = prlimit
      ? [prlimit, `--data=${PG_BACKEND_DATA_BYTES}`, join(binDir, 'pg_ctl')]
      : [join(binDir, 'pg_ctl')];
    runAsPgUser(launcher!, [
      ...launch,
      '-D',
      dataDir,
      '-l',
      join(dataDir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300 -c fsync=on -c temp_file_limit=${TEMP_FILE_LIMIT}`,
      'start',
    ]); // prettier-ignore
    writeRecord(dataRoot, { ...readRecord(dataRoot), postgres: { dataDir, port, binDir } });
    log(`started postgres (${binDir}) on port ${port}`);
  }
  // The service runs as an ordinary role, not as the superuser.
  const admin = new pg.Client({ connectionString: superUrl });
  await admin.connect();
  try {
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_USER]);
    if (role.rowCount === 0) {
      await admin.query(`CREATE ROLE ${APP_USER} LOGIN CREATEDB CREATEROLE PASSWORD '${password}'`);
    }
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [APP_DB]);
    if (db.rowCount === 0) await admin.query(`CREATE DATABASE ${APP_DB} OWNER ${APP_USER}`);
  } finally {
    await admin.end();
  }
  // What only a superuser can take away from the reader role (docs/security.md); idempotent.
  await hardenDatabase(`postgres://postgres:${password}@127.0.0.1:${port}/${APP_DB}`);
  return `postgres://${APP_USER}:${password}@127.0.0.1:${port}/${APP_DB}`;
}

/** Makes both servers available; returns the URLs in use. Idempotent. */
export async function ensureServices(opts: EnsureOptions): Promise<ServiceUrls> {
  const log = opts.log ?? (() => {});
  const dataRoot = join(opts.root, '.data');
  mkdirSync(dataRoot, { recursive: true });

  let redisUrl = opts.redisUrl;
  // A URL pointing at the local server this script manages (e.g. written to .env by an earlier
  // run, then stopped with services:stop) means "start it again", not "someone else's server".
  if (
    redisUrl &&
    isManagedLocal(redisUrl, localPort(dataRoot, 'redis')) &&
    !(await redisReachable(redisUrl))
  ) {
    redisUrl = undefined;
  }
  if (redisUrl) {
    const version = await redisReachable(redisUrl);
    if (!version) throw new Error(`REDIS_URL is set but ${redactUrl(redisUrl)} is not reachable.`);
    if (Number(version.split('.')[0]) < 7)
      throw new Error(`Redis ${version} is too old; 7 or newer is required.`);
  } else {
    redisUrl = await startLocalRedis(dataRoot, log);
  }

  let databaseUrl = opts.databaseUrl;
  if (
    databaseUrl &&
    isManagedLocal(databaseUrl, localPort(dataRoot, 'postgres')) &&
    !(await postgresReachable(databaseUrl))
  ) {
    databaseUrl = undefined;
  }
  if (databaseUrl) {
    const version = await postgresReachable(databaseUrl);
    if (!version) throw new Error(`DATABASE_URL is set but ${redactUrl(databaseUrl)} is not reachable.`);
    if (version < 150000) throw new Error(`PostgreSQL ${version} is too old; 15 or newer is required.`);
  } else {
    databaseUrl = await startLocalPostgres(dataRoot, log);
  }
  return { databaseUrl, redisUrl };
}

/** Stops only the servers that ensureServices started. */
export function stopServices(root: string, log: (l: string) => void = () => {}): void {
  const dataRoot = join(root, '.data');
  const rec = readRecord(dataRoot);
  if (rec.redis && existsSync(rec.redis.pidFile)) {
    const pid = Number(readFileSync(rec.redis.pidFile, 'utf8').trim());
    try {
      process.kill(pid, 'SIGTERM');
      log(`stopped redis-server (pid ${pid})`);
    } catch {
      log('redis-server was not running');
    }
  }
  if (rec.postgres) {
    try {
      runAsPgUser(join(rec.postgres.binDir, 'pg_ctl'), [
        '-D',
        rec.postgres.dataDir,
        '-m',
        'fast',
        '-w',
        'stop',
      ]);
      log('stopped postgres');
    } catch {
      log('postgres was not running');
    }
  }
  writeRecord(dataRoot, {});
}

function isManagedLocal(url: string, port: number): boolean {
  try {
    const u = new URL(url);
    return ['127.0.0.1', 'localhost'].includes(u.hostname) && Number(u.port) === port;
  } catch {
    return false;
  }
}

/** The URL as it may be printed: in full for servers on this machine (local dev servers), password hidden otherwise. */
export function printableUrl(url: string): string {
  try {
    if (['127.0.0.1', 'localhost'].includes(new URL(url).hostname)) return url;
  } catch {
    // not a URL: redactUrl says so
  }
  return redactUrl(url);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Adds KEY=value lines to .env for keys the file does not set yet; never overwrites. */
export function writeEnvDefaults(root: string, values: Record<string, string>): string[] {
  const path = join(root, '.env');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const setKeys = new Set(
    existing
      .split('\n')
      .map((l) => /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(l)?.[1])
      .filter((k): k is string => Boolean(k)),
  );
  const added: string[] = [];
  let out = existing;
  for (const [key, value] of Object.entries(values)) {
    if (setKeys.has(key)) continue;
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
    out += `${key}=${value}\n`;
    added.push(key);
  }
  if (added.length > 0) writeFileSync(path, out, { mode: 0o600 });
  return added;
}
