#!/usr/bin/env bash
# A base backup for point-in-time recovery, with retention: `pg_basebackup` of the whole PostgreSQL
# cluster into BACKUP_DIR/base-<UTC time> (plain format, with the WAL it needs, a manifest),
# checked with `pg_verifybackup`, written under a temporary name then renamed. Keeps the newest
# BASEBACKUP_KEEP (4) base backups, then removes the archived WAL older than the oldest one kept
# (`pg_archivecleanup`): any moment since the oldest base backup kept can be recovered.
#
#   sudo -u postgres deploy/postgres/basebackup.sh /var/backups/postgresql/base /var/lib/postgresql/wal-archive
#
# Runs as a role with REPLICATION (the postgres OS user on the database machine, over its local
# socket, needs nothing more); libpq's variables (PGHOST, PGPORT, PGUSER) say where.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || pg_die "usage: $0 BACKUP_DIRECTORY WAL_ARCHIVE_DIRECTORY"
dir=$1
archive=$2
keep=${BASEBACKUP_KEEP:-4}
case "$keep" in '' | *[!0-9]* | 0) pg_die "BASEBACKUP_KEEP must be a whole number, 1 or more (got \"$keep\")" ;; esac
[ -d "$dir" ] || pg_die "$dir is not a directory"
[ -d "$archive" ] || pg_die "$archive is not a directory"
# Debian keeps pg_verifybackup beside the server's programs, not on the PATH.
command -v pg_verifybackup >/dev/null || PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

target="$dir/base-$(date -u +%Y%m%dT%H%M%SZ)"
partial="$target.partial"
trap 'rm -rf "$partial"' EXIT INT TERM

started=$(pg_now_ms)
pg_basebackup --pgdata="$partial" --format=plain --wal-method=stream --checkpoint=fast --no-password
pg_verifybackup --quiet "$partial"
mv "$partial" "$target"
sync "$dir"
ms=$(($(pg_now_ms) - started))
echo "base backup $target ($(du -sb "$target" | cut -f1) bytes) in $ms ms"

# Retention: the newest BASEBACKUP_KEEP base backups; then the WAL none of them needs.
ls -1 "$dir" | grep -E '^base-[0-9]{8}T[0-9]{6}Z$' | sort -r | tail -n +"$((keep + 1))" |
  while read -r old; do rm -rf "${dir:?}/$old"; done
oldest=$(ls -1 "$dir" | grep -E '^base-[0-9]{8}T[0-9]{6}Z$' | sort | head -n 1)
first_wal=$(sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p' "$dir/$oldest/backup_label")
[ -n "$first_wal" ] || pg_die "no START WAL LOCATION in $dir/$oldest/backup_label"
pg_archivecleanup "$archive" "$first_wal"
echo "kept WAL from $first_wal (the oldest base backup kept: $oldest)"
