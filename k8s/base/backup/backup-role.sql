-- The login the backups dump with (docs/operations.md, "Backups"). Run as a superuser in the
-- app database, then give it a password and run the hardening again, which grants it the
-- catalog functions pg_dump calls:
--
--   psql "$SUPERUSER_DATABASE_URL" -v ON_ERROR_STOP=1 -f k8s/base/backup/backup-role.sql
--   psql "$SUPERUSER_DATABASE_URL" -c "ALTER ROLE pa_backup PASSWORD '<from your secret store>'"
--   SUPERUSER_DATABASE_URL=… npm run harden
--
-- Why each grant:
-- * BYPASSRLS: row-level security on `transactions` is forced, for its owner too, and pg_dump
--   refuses to dump a table whose rows a policy would filter ("query would be affected by
--   row-level security policy") — the service login cannot take backups.
-- * pg_read_all_data: SELECT on every table and sequence without owning any of them.
-- * member of pa_reader: that makes it one of the hardening's service users, to whom it grants
--   back what it revokes from PUBLIC and pg_dump needs (set_config, array_agg, …). pa_reader
--   itself reads less than pg_read_all_data, so the membership adds no reach.
-- Idempotent. Roles are cluster-wide; function privileges are per database.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pa_backup') THEN
    CREATE ROLE pa_backup LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS;
  END IF;
END
$$;
ALTER ROLE pa_backup LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS;
GRANT pg_read_all_data TO pa_backup;
GRANT pa_reader TO pa_backup;
