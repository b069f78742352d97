#!/usr/bin/env bash
# Restores a dump written by pg-backup.sh into an empty database (docs/operations.md, "Backups",
# step 3 of the restore), as the service login, in one transaction, stopping at the first error.
#
#   pg-restore.sh <dump file> <database URL of the service login, naming the empty database>
#
# The privileges the hardening sets on catalog functions (pg_catalog) are in the dump, granted
# to the service users of the day — among them logins that may no longer exist, such as a
# backup or service login dropped since, or every login of another server. Replaying them would
# fail the whole restore on the first missing role, and the service login cannot grant on the
# superuser's functions anyway, so they are left out: the hardening (step 4) grants them afresh
# to the service users the restored database has. Every other entry is restored.
set -euo pipefail

dump="${1:?usage: pg-restore.sh <dump file> <database URL>}"
url="${2:?usage: pg-restore.sh <dump file> <database URL>}"
[[ -r "$dump" ]] || { echo "restore: cannot read $dump" >&2; exit 1; }

list="$(mktemp)"
trap 'rm -f "$list"' EXIT
# A list entry reads "<id>; <oid> <oid> ACL pg_catalog FUNCTION <signature> <owner>".
pg_restore --list "$dump" | grep -Ev '^[0-9]+; [0-9]+ [0-9]+ ACL pg_catalog ' >"$list"

# Connected as the service login, every object restored is its own (--no-owner).
pg_restore --exit-on-error --single-transaction --no-owner \
  --use-list="$list" --dbname="$url" "$dump"
echo "restore: restored $dump (catalog function privileges left to the hardening)"
