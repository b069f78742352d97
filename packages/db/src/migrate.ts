import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNN_name.sql` files in version order; rejects duplicates and gaps in naming. */
export function readMigrations(dir: string): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const seen = new Set<number>();
  return files.map((file) => {
    const match = /^(\d+)_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`migration file name must look like 001_name.sql: ${file}`);
    const version = Number(match[1]);
    if (seen.has(version)) throw new Error(`two migrations share version ${version}`);
    seen.add(version);
    return { version, name: match[2]!, sql: readFileSync(join(dir, file), 'utf8') };
  });
}

/** Any constant works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK_KEY = 727_274_001;

/**
 * Applies pending migrations in one transaction under an advisory lock, so
 * several pods starting at once apply each migration exactly once.
 * Returns the versions applied by this call.
 */
export async function migrate(client: pg.ClientBase, migrations: Migration[]): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query('CREATE SCHEMA IF NOT EXISTS app');
    await client.query(`CREATE TABLE IF NOT EXISTS app.schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await client.query<{ version: number }>('SELECT version FROM app.schema_migrations');
    const applied = new Set(done.rows.map((r) => r.version));
    const ran: number[] = [];
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      try {
        await client.query(m.sql);
      } catch (err) {
        throw new Error(`migration ${m.version}_${m.name} failed: ${(err as Error).message}`);
      }
      await client.query('INSERT INTO app.schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      ran.push(m.version);
    }
    await client.query('COMMIT');
    return ran;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
