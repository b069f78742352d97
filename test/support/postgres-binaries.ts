import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const isRoot = () => process.getuid?.() === 0;

/** The newest PostgreSQL (>= 15) server binaries Debian installed (pg_ctl, pg_dump, pg_basebackup…), or null. */
export function postgresBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .map(Number)
    .filter((v) => v >= 15)
    .sort((a, b) => b - a);
  return versions.map((v) => join(base, String(v), 'bin')).find((d) => existsSync(join(d, 'pg_ctl'))) ?? null;
}

/** Runs a PostgreSQL program as the `postgres` OS user when we are root (the server refuses root). */
export function runAsPostgres(cmd: string, args: string[]): string {
  if (isRoot()) return execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' });
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

/** Hands a directory to the `postgres` OS user when we are root. */
export function giveToPostgres(dir: string): void {
  if (!isRoot()) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
}
