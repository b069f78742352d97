#!/usr/bin/env bash
# Logical backup of the app database (docs/operations.md, "Backups"), run nightly by the
# pa-backup CronJob (or a systemd timer on a VM). pg_dump writes a custom-format dump under a
# temporary name; it is renamed only once complete and readable by pg_restore, so a file named
# payments-analytics-*.dump is always a whole backup. Dumps older than BACKUP_KEEP_DAYS go.
#
#   BACKUP_DATABASE_URL  a login that may read every row (backup-role.sql), required
#   BACKUP_DIR           where dumps go (default /backups)
#   BACKUP_KEEP_DAYS     days a dump is kept (default 14)
set -euo pipefail

url="${BACKUP_DATABASE_URL:?BACKUP_DATABASE_URL is not set (a login that may read every row: see backup-role.sql)}"
dir="${BACKUP_DIR:-/backups}"
keep_days="${BACKUP_KEEP_DAYS:-14}"
final="$dir/payments-analytics-$(date -u +%Y%m%dT%H%M%SZ).dump"
partial="$final.partial"

mkdir -p "$dir"
trap 'rm -f "$partial"' EXIT
pg_dump --format=custom --compress=6 --no-password --file="$partial" --dbname="$url"
# A dump pg_restore cannot read is no backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$final"
echo "backup: wrote $final ($(du -h "$final" | cut -f1))"
# Retention: completed dumps of ours only.
find "$dir" -maxdepth 1 -type f -name 'payments-analytics-*.dump' -mtime "+$keep_days" -print -delete |
  sed 's/^/backup: removed /'
