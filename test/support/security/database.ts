import { findSuperuserUrl } from '../../../scripts/harden.js';
import { repoRoot } from '../../../scripts/lib/root.js';
import { createTestDatabase, type TestDatabase } from '../db.js';

export interface SecurityDatabase extends TestDatabase {
  /** A superuser login to this very database, when one is at hand (SUPERUSER_DATABASE_URL, the local server). */
  superuserUrl: string | null;
  /** Whether migrations/superuser/hardening.sql took EXECUTE on set_config away from pa_reader here. */
  hardened: boolean;
  /** The issuer banks present, as the service user sees them (all six in the seeded template). */
  banks: string[];
}

/**
 * A test database as production has it after migrations: CREATE DATABASE …
 * TEMPLATE copies the template's catalogs (and so the superuser hardening of
 * pg_proc) but not database-level privileges, so TEMPORARY is taken from
 * PUBLIC again here, as migration 006 does for a migrated database.
 */
export async function createSecurityDatabase(): Promise<SecurityDatabase> {
  const db = await createTestDatabase();
  await db.pool.query(`REVOKE TEMPORARY, CREATE ON DATABASE ${db.name} FROM PUBLIC`);
  const superuserUrl = await findSuperuserUrl(repoRoot, db.url);
  const privilege = await db.pool.query<{ can: boolean }>(
    `SELECT has_function_privilege('pa_reader', 'pg_catalog.set_config(text,text,boolean)', 'EXECUTE') AS can`,
  );
  const banks = await db.pool.query<{ bank: string }>(
    'SELECT DISTINCT issuer_bank_name AS bank FROM transactions ORDER BY 1',
  );
  return {
    ...db,
    superuserUrl,
    hardened: privilege.rows[0]?.can === false,
    banks: banks.rows.map((r) => r.bank),
  };
}
