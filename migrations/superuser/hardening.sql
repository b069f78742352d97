-- Superuser hardening of an analytics database (see docs/security.md).
--
-- What ordinary migrations cannot do: functions in pg_catalog belong to the bootstrap superuser,
-- so only a superuser can take EXECUTE on them away from PUBLIC, and only a superuser may change
-- pa_reader's SUPERUSER / BYPASSRLS / REPLICATION attributes or grant SET on superuser-only settings.
--
-- Function privileges live in each database's own pg_proc: run this once per database (the test
-- template is enough for its clones) and again whenever a service user is added. It is idempotent.
-- Applied by `npm run harden` (SUPERUSER_DATABASE_URL), by `npm run services` when it manages the
-- local server, and by the integration-test setup on the template database.
--
-- Service users are the database owner and every non-superuser member of pa_reader (the logins
-- that run the executor: they call set_config before SET LOCAL ROLE pa_reader). They keep what
-- they use; pa_reader, and PUBLIC, lose it.

DO $hardening$
DECLARE
  -- Revoked from PUBLIC, granted back to the service users.
  service_functions text[] := ARRAY[
    -- set_config can rewrite app.tenant_bank (the RLS tenant), statement_timeout, and 'role'
    -- ('none' switches back to the service user) from inside a SELECT.
    'set_config',
    -- Session-level advisory locks survive ROLLBACK on a pooled connection (and can block the
    -- migration and seed locks); signalling other backends.
    'pg_advisory_lock', 'pg_advisory_lock_shared', 'pg_try_advisory_lock', 'pg_try_advisory_lock_shared',
    'pg_advisory_unlock', 'pg_advisory_unlock_shared', 'pg_advisory_unlock_all',
    'pg_advisory_xact_lock', 'pg_advisory_xact_lock_shared', 'pg_try_advisory_xact_lock',
    'pg_try_advisory_xact_lock_shared',
    'pg_terminate_backend', 'pg_cancel_backend',
    -- Holding a connection and a snapshot on purpose.
    'pg_sleep', 'pg_sleep_for', 'pg_sleep_until',
    'pg_notify',
    -- Functions whose result grows without bound from a small statement (one backend can be made
    -- to allocate gigabytes in a loop that the statement timeout does not interrupt, and the cost
    -- gate's EXPLAIN would already run them on constants): string builders, and aggregates that
    -- collect every row. The SQL guard does not allow them either (packages/sql-guard README).
    'repeat', 'lpad', 'rpad', 'replace', 'regexp_replace', 'regexp_split_to_array',
    'regexp_split_to_table', 'translate', 'overlay', 'format', 'array_fill', 'generate_series',
    'string_agg', 'array_agg', 'json_agg', 'jsonb_agg', 'json_agg_strict', 'jsonb_agg_strict',
    'json_object_agg', 'jsonb_object_agg', 'xmlagg', 'factorial'
  ];
  -- Revoked from PUBLIC and granted to nobody (the service does not use them), plus every lo_*
  -- large-object function.
  public_functions text[] := ARRAY[
    -- Writes outside tables that READ ONLY does not stop: WAL messages, large objects.
    'pg_logical_emit_message', 'loread', 'lowrite',
    -- They run SQL text or dump whole schemas.
    'query_to_xml', 'query_to_xmlschema', 'query_to_xml_and_xmlschema',
    'cursor_to_xml', 'cursor_to_xmlschema',
    'table_to_xml', 'table_to_xmlschema', 'table_to_xml_and_xmlschema',
    'schema_to_xml', 'schema_to_xmlschema', 'schema_to_xml_and_xmlschema',
    'database_to_xml', 'database_to_xmlschema', 'database_to_xml_and_xmlschema'
  ];
  service_users text[];
  has_reader boolean := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_reader');
  fn regprocedure;
  member text;
  granted_role text;
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'migrations/superuser/hardening.sql must run as a superuser (connected as %)', current_user;
  END IF;

  SELECT coalesce(array_agg(DISTINCT r.rolname ORDER BY r.rolname), '{}')
    INTO service_users
    FROM pg_roles r
   WHERE NOT r.rolsuper
     AND (r.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
          OR r.oid IN (SELECT m.member FROM pg_auth_members m
                         JOIN pg_roles g ON g.oid = m.roleid
                        WHERE g.rolname = 'pa_reader'));

  FOR fn IN
    SELECT p.oid::regprocedure FROM pg_proc p
     WHERE p.pronamespace = 'pg_catalog'::regnamespace
       AND p.proname = ANY (service_functions)
  LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
    IF has_reader THEN
      EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM pa_reader', fn);
    END IF;
    FOREACH member IN ARRAY service_users LOOP
      BEGIN
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', fn, member);
      EXCEPTION WHEN undefined_object THEN
        NULL;  -- dropped since service_users was read: nothing to keep for it.
      END;
    END LOOP;
  END LOOP;

  FOR fn IN
    SELECT p.oid::regprocedure FROM pg_proc p
     WHERE p.pronamespace = 'pg_catalog'::regnamespace
       AND (p.proname = ANY (public_functions) OR p.proname LIKE 'lo\_%')
  LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
    IF has_reader THEN
      EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM pa_reader', fn);
    END IF;
  END LOOP;

  -- dblink, wherever an extension put it: connecting elsewhere escapes every layer here.
  FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p WHERE p.proname LIKE 'dblink%' LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
  END LOOP;

  -- No temporary objects and no new schemas for anyone but the owner.
  EXECUTE format('REVOKE TEMPORARY, CREATE ON DATABASE %I FROM PUBLIC', current_database());

  IF has_reader THEN
    -- The attributes a CREATEROLE user cannot set (migration 006 sets the others).
    ALTER ROLE pa_reader NOSUPERUSER NOBYPASSRLS NOREPLICATION NOLOGIN NOCREATEDB NOCREATEROLE NOINHERIT;
    EXECUTE format('REVOKE TEMPORARY, CREATE ON DATABASE %I FROM pa_reader', current_database());
    -- pa_reader is a member of no role (pg_read_all_data, pg_read_server_files, ...).
    FOR granted_role IN
      SELECT g.rolname FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles r ON r.oid = m.member
       WHERE r.rolname = 'pa_reader'
    LOOP
      EXECUTE format('REVOKE %I FROM pa_reader', granted_role);
    END LOOP;
  END IF;

  -- temp_file_limit is superuser-only (PGC_SUSET). PostgreSQL 15 can grant SET on it, so the
  -- executor may cap temporary files per query (it checks has_parameter_privilege first).
  IF current_setting('server_version_num')::int >= 150000 THEN
    FOREACH member IN ARRAY service_users LOOP
      BEGIN
        EXECUTE format('GRANT SET ON PARAMETER temp_file_limit TO %I', member);
      EXCEPTION WHEN undefined_object THEN
        NULL;
      END;
    END LOOP;
  END IF;
END
$hardening$;
