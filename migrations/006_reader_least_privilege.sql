-- Least privilege for pa_reader, the role planned SQL runs as, with the rights the service user has
-- (it owns the database and its objects; no superuser). What needs a superuser (EXECUTE on
-- pg_catalog functions such as set_config, pa_reader's BYPASSRLS/SUPERUSER attributes) lives in
-- migrations/superuser/hardening.sql. See docs/security.md.

-- The reader role: refuse to go on if it was given powers no migration can take back.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_reader'
              AND (rolsuper OR rolbypassrls OR rolreplication)) THEN
    RAISE EXCEPTION 'pa_reader must be NOSUPERUSER NOBYPASSRLS NOREPLICATION; fix it as a superuser (npm run harden)';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_reader'
              AND (rolcanlogin OR rolcreatedb OR rolcreaterole OR rolinherit)) THEN
    ALTER ROLE pa_reader NOLOGIN NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;

-- Schemas: USAGE on the analytics schema only, CREATE nowhere.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM pa_reader;
GRANT USAGE ON SCHEMA public TO pa_reader;
REVOKE ALL ON SCHEMA app FROM PUBLIC;
REVOKE ALL ON SCHEMA app FROM pa_reader;

-- Relations, sequences and functions the service user owns in public and app: nothing for PUBLIC
-- or pa_reader, then SELECT on the allow-listed relations only.
DO $$
DECLARE
  obj record;
BEGIN
  FOR obj IN
    SELECT c.oid::regclass AS name, c.relkind
      FROM pg_class c
     WHERE c.relnamespace IN ('public'::regnamespace, 'app'::regnamespace)
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND pg_has_role(c.relowner, 'USAGE')
  LOOP
    IF obj.relkind = 'S' THEN
      EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM PUBLIC, pa_reader', obj.name);
    ELSE
      EXECUTE format('REVOKE ALL ON TABLE %s FROM PUBLIC, pa_reader', obj.name);
    END IF;
  END LOOP;
  FOR obj IN
    SELECT p.oid::regprocedure AS name
      FROM pg_proc p
     WHERE p.pronamespace IN ('public'::regnamespace, 'app'::regnamespace)
       AND pg_has_role(p.proowner, 'USAGE')
  LOOP
    EXECUTE format('REVOKE ALL ON ROUTINE %s FROM PUBLIC, pa_reader', obj.name);
  END LOOP;
  -- Objects someone else owns are reported, not silently left readable.
  FOR obj IN
    SELECT c.oid::regclass AS name, c.relkind
      FROM pg_class c
     WHERE c.relnamespace IN ('public'::regnamespace, 'app'::regnamespace)
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND c.oid <> 'public.transactions'::regclass
       AND has_table_privilege('pa_reader', c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE')
  LOOP
    RAISE WARNING 'pa_reader can still use %, which the migrating user does not own', obj.name;
  END LOOP;
END
$$;
GRANT SELECT ON public.transactions TO pa_reader;

-- Functions the service user creates later are not executable by everyone: grant EXECUTE to
-- pa_reader explicitly when a policy or view it reads needs one.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- No temporary tables or functions for PUBLIC in this database (the owner may; a superuser can do
-- it for any owner, see hardening.sql). CREATE DATABASE ... TEMPLATE does not copy this.
DO $$
BEGIN
  IF pg_has_role((SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') THEN
    EXECUTE format('REVOKE TEMPORARY, CREATE ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY, CREATE ON DATABASE %I FROM pa_reader', current_database());
  ELSE
    RAISE WARNING 'not the owner of database %: TEMPORARY stays granted to PUBLIC until a superuser runs npm run harden',
      current_database();
  END IF;
END
$$;

-- Row-level security, same meaning as migration 003 ('*' = every bank, anything else = that bank
-- exactly, unset or unknown = nothing), written so that the planner can estimate it: with
-- "current_setting(..) = '*' OR issuer_bank_name = current_setting(..)" it guesses 0.5 % of the rows
-- for the admin scope, so the executor's cost gate passed a cross join it should refuse. A LIKE
-- pattern built from the setting is folded to a constant for estimation ('%' for admin, the
-- escaped bank name otherwise) and estimated from the column statistics.
ALTER TABLE public.transactions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.transactions FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS transactions_tenant_read ON public.transactions;
CREATE POLICY transactions_tenant_read ON public.transactions FOR SELECT TO pa_reader
  USING (
    issuer_bank_name LIKE CASE
      WHEN current_setting('app.tenant_bank', true) = '*' THEN '%'
      ELSE replace(replace(replace(current_setting('app.tenant_bank', true),
             '\', '\\'), '%', '\%'), '_', '\_')
    END
  );
