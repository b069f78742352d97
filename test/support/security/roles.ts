import pg from 'pg';

/**
 * DROP ROLE for a role a test made, wherever it was granted something. Roles are cluster-wide and
 * the hardening grants every member of pa_reader the service functions in whichever database it
 * runs, so a test's role that is a member of pa_reader may hold privileges in another test file's
 * database by the time it is dropped; DROP OWNED BY only clears the database it runs in, and DROP
 * ROLE then fails (2BP01). So the databases holding its privileges are read from pg_shdepend and
 * cleared one by one; a database dropped meanwhile takes its privileges with it.
 */
export async function dropRoleEverywhere(superuserUrl: string, role: string): Promise<void> {
  const holders = async (c: pg.Client) =>
    (
      await c.query<{ datname: string }>(
        `SELECT DISTINCT d.datname FROM pg_shdepend s JOIN pg_database d ON d.oid = s.dbid
          WHERE s.refclassid = 'pg_authid'::regclass
            AND s.refobjid = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
        [role],
      )
    ).rows.map((r) => r.datname);
  const main = new pg.Client({ connectionString: superuserUrl });
  await main.connect();
  try {
    for (let round = 0; round < 5; round++) {
      await main.query(`DROP OWNED BY ${role}`).catch(() => {});
      for (const datname of await holders(main)) {
        const url = new URL(superuserUrl);
        url.pathname = `/${datname}`;
        const c = new pg.Client({ connectionString: url.toString() });
        try {
          await c.connect();
          await c.query(`DROP OWNED BY ${role}`);
        } catch {
          // Dropped meanwhile, or not connectable: its privileges go with it, or the drop says so below.
        } finally {
          await c.end().catch(() => {});
        }
      }
      try {
        await main.query(`DROP ROLE IF EXISTS ${role}`);
        return;
      } catch (err) {
        // Another file's hardening granted it something meanwhile: clear again.
        if ((err as { code?: string }).code !== '2BP01' || round === 4) throw err;
      }
    }
  } finally {
    await main.end();
  }
}
