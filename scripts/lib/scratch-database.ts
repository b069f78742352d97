/**
 * Dropping the scratch databases that tests, benchmarks and check scripts make. One way for all of
 * them, because two things can hold a database open and each drop handles only one:
 *
 * - our own sessions left open (a pool not yet ended, a killed process's backend): a plain DROP
 *   waits 5 s for them and fails with 55006; `WITH (FORCE)` terminates them;
 * - an autovacuum worker (after a bulk load or DELETE): FORCE must terminate it and a non-superuser
 *   may not (42501), while a plain DROP cancels it itself.
 *
 * So FORCE first, a plain DROP after a 42501, FORCE again after a 55006, for up to `timeoutMs`.
 */
import type pg from 'pg';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The connection URL of database `database` on the server of `url`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function dropScratchDatabase(
  client: pg.Client,
  name: string,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<void> {
  // The names are ours (a prefix and random hex); anything else is a caller's mistake, not SQL to run.
  if (!PLAIN_NAME.test(name)) throw new Error(`not a scratch database name: ${JSON.stringify(name)}`);
  const deadline = Date.now() + timeoutMs;
  for (let force = true; ; ) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name}${force ? ' WITH (FORCE)' : ''}`);
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if ((code !== '42501' && code !== '55006') || Date.now() > deadline) throw err;
      force = code === '55006';
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
