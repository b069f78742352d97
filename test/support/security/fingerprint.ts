import type pg from 'pg';

/** md5 digests of everything a statement must not change, read as the service user. */
export interface Fingerprint {
  data: Record<string, string>;
  catalog: Record<string, string>;
}

/** Every row of every table, and every sequence position, in the analytics and app schemas. */
async function dataDigests(pool: pg.Pool): Promise<Record<string, string>> {
  const tables = await pool.query<{ name: string }>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c
      WHERE c.relnamespace IN ('public'::regnamespace, 'app'::regnamespace) AND c.relkind IN ('r', 'p')
      ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    // Names come from pg_class through regclass, which quotes them as identifiers.
    const res = await pool.query<{ digest: string }>(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
         FROM ${name} t`,
    );
    out[name] = res.rows[0]!.digest;
  }
  const sequences = await pool.query<{ digest: string }>(
    `SELECT md5(coalesce(string_agg(schemaname || '.' || sequencename || '=' || coalesce(last_value::text, '-'),
                                    ',' ORDER BY schemaname, sequencename), '')) AS digest
       FROM pg_sequences`,
  );
  out['(sequences)'] = sequences.rows[0]!.digest;
  return out;
}

/** The ACL entries of an aclitem[] column granted to PUBLIC, pa_reader or the service user. */
const ownAcl = (column: string) =>
  `(SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(${column}) x
     WHERE split_part(x::text, '=', 1) IN ('', 'pa_reader', current_user::text))`;

/**
 * Catalog rows that DDL, GRANT/REVOKE, ALTER ROLE, policies, rules, triggers, extensions and
 * large objects would change. Statistics columns (reltuples…) are left out: autovacuum moves them.
 *
 * Roles, memberships and parameter ACLs are cluster-wide, and the test databases made in parallel
 * each add a service user that is a member of pa_reader (whom every hardening grants the service
 * functions and SET on temp_file_limit), and other tests make roles of their own (the backup role
 * is BYPASSRLS). Read whole, that made `is idempotent` flaky, and later the fuzz property (a
 * fresh-clone CI run failed on pg_roles, pg_auth_members and pg_parameter_acl). So only what this
 * database's users could have changed is read: the ACL entries, memberships and roles of PUBLIC,
 * pa_reader and the service user, any superuser or BYPASSRLS role they can become, and a role a
 * hostile statement would create ('evil').
 */
const CATALOG_QUERIES: Record<string, string> = {
  pg_class: `SELECT string_agg(concat_ws('|', oid, relname, relnamespace, relkind, relowner, relacl, relrowsecurity,
               relforcerowsecurity, relfilenode, relnatts, relhastriggers, relhasrules, reloptions), ',' ORDER BY oid)
             FROM pg_class`,
  pg_attribute: `SELECT string_agg(concat_ws('|', attrelid, attnum, attname, atttypid, attnotnull, attisdropped, attacl),
                   ',' ORDER BY attrelid, attnum)
                 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relnamespace IN ('public'::regnamespace, 'app'::regnamespace)`,
  pg_proc: `SELECT string_agg(concat_ws('|', oid, proname, pronamespace, proowner, ${ownAcl('proacl')}, prosecdef,
              proconfig, md5(prosrc)), ',' ORDER BY oid)
            FROM pg_proc`,
  pg_namespace: `SELECT string_agg(concat_ws('|', oid, nspname, nspowner, nspacl), ',' ORDER BY oid) FROM pg_namespace`,
  pg_roles: `SELECT string_agg(concat_ws('|', rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin,
               rolreplication, rolbypassrls, rolconnlimit, rolconfig), ',' ORDER BY rolname)
             FROM pg_roles
            WHERE rolname IN ('pa_reader', current_user, 'evil')
               OR ((rolsuper OR rolbypassrls)
                   AND (pg_has_role(current_user, oid, 'MEMBER') OR pg_has_role('pa_reader', oid, 'MEMBER')))`,
  pg_auth_members: `SELECT string_agg(concat_ws('|', roleid::regrole, member::regrole, admin_option), ','
                      ORDER BY roleid::regrole::text, member::regrole::text)
                    FROM pg_auth_members
                   WHERE member IN (SELECT oid FROM pg_roles WHERE rolname IN ('pa_reader', current_user))`,
  pg_policy: `SELECT string_agg(concat_ws('|', polname, polrelid, polcmd, polpermissive, polroles,
                pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)), ',' ORDER BY polrelid, polname)
              FROM pg_policy`,
  pg_trigger: `SELECT string_agg(concat_ws('|', tgrelid, tgname, tgenabled), ',' ORDER BY tgrelid, tgname)
               FROM pg_trigger WHERE NOT tgisinternal`,
  pg_rewrite: `SELECT string_agg(concat_ws('|', ev_class, rulename, ev_type, ev_enabled), ',' ORDER BY ev_class, rulename)
               FROM pg_rewrite`,
  pg_event_trigger: `SELECT string_agg(evtname, ',' ORDER BY evtname) FROM pg_event_trigger`,
  pg_extension: `SELECT string_agg(extname || '@' || extversion, ',' ORDER BY extname) FROM pg_extension`,
  pg_default_acl: `SELECT string_agg(concat_ws('|', defaclrole, defaclnamespace, defaclobjtype, defaclacl), ','
                     ORDER BY defaclrole, defaclnamespace, defaclobjtype)
                   FROM pg_default_acl`,
  pg_db_role_setting: `SELECT string_agg(concat_ws('|', setdatabase, setrole, setconfig), ',' ORDER BY setdatabase, setrole)
                       FROM pg_db_role_setting
                      WHERE setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
                        AND setrole IN (0, 'pa_reader'::regrole, current_user::regrole)`,
  pg_database: `SELECT concat_ws('|', datname, datdba, datacl, datallowconn, datconnlimit, datistemplate)
                FROM pg_database WHERE datname = current_database()`,
  pg_largeobject_metadata: `SELECT count(*) || ':' || coalesce(string_agg(oid::text, ',' ORDER BY oid), '')
                            FROM pg_largeobject_metadata`,
  pg_parameter_acl: `SELECT string_agg(concat_ws('|', parname, ${ownAcl('paracl')}), ',' ORDER BY parname)
                     FROM pg_parameter_acl`,
};

/** This database's catalog, as `fingerprint` reads it (see CATALOG_QUERIES for what is left out). */
export async function ownCatalog(pool: pg.Pool): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, sql] of Object.entries(CATALOG_QUERIES)) {
    const res = await pool.query<{ digest: string }>(`SELECT md5(coalesce((${sql}), '')) AS digest`);
    out[name] = res.rows[0]!.digest;
  }
  return out;
}

export async function fingerprint(pool: pg.Pool): Promise<Fingerprint> {
  return { data: await dataDigests(pool), catalog: await ownCatalog(pool) };
}
