#!/usr/bin/env bash
# Restores a dump of deploy/postgres/dump.sh into the schema named by TARGET_URL (a DATABASE_URL,
# `?schema=NEW`), in one transaction: either the whole schema is there, renamed, or nothing is.
# It never touches an existing schema: it refuses when NEW exists already.
#
#   deploy/postgres/restore.sh /var/backups/miconsulado/miconsulado-lax-20261206T030000Z.pgdump \
#     'postgres://miconsulado@db1/miconsulado?schema=lax_drill'
#
# The dump names the schema it came from (say `lax`). Where that name is free in the target
# database (a new database, or after the schema was dropped), the dump is restored there and
# renamed to NEW. Where it is taken (the live `lax` beside which a drill restores `lax_drill`), it
# goes through a scratch database of its own (the role needs CREATEDB): restored and renamed there,
# copied to the target, then the scratch database is dropped. Objects are owned by the role that
# restores (--no-owner): run it as the role the server connects as.
# Start a server on TARGET_URL afterwards: it applies the migrations the dump lacks (an older dump
# into a newer release is fine; a dump of a newer release is refused by an older one).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -eq 2 ] || pg_die "usage: $0 DUMP_FILE 'postgres://…/DATABASE?schema=NEW'"
dump=$1
target=$2
[ -r "$dump" ] || pg_die "cannot read $dump"
new=$(pg_url_schema "$target")
case "$target" in *[?\&]schema=*) ;; *) pg_die "name the new schema in the target URL (?schema=NAME)" ;; esac
pg_check_name 'the new schema' "$new"
conn=$(pg_url_conn "$target")

# The schema the dump was taken from: the one its tables are in.
old=$(pg_restore --list "$dump" | awk '$4 == "TABLE" && found == "" { found = $5 } END { print found }')
[ -n "$old" ] || pg_die "$dump holds no table"
pg_check_name 'the dumped schema' "$old"

schema_exists() {
  [ "$(psql -X -q -A -t -v ON_ERROR_STOP=1 --dbname="$1" -c "select count(*) from pg_namespace where nspname = '$2'")" = 1 ]
}

# Runs the SQL a command writes in one transaction: COMMIT is sent only when the command succeeded,
# so a dump that breaks half-way (or a failed statement: ON_ERROR_STOP) leaves nothing behind.
in_one_transaction() {
  local dbname=$1
  shift
  { echo 'BEGIN;' && "$@" && echo 'COMMIT;'; } | psql -X -q -v ON_ERROR_STOP=1 --dbname="$dbname" >/dev/null
}

# The dump as SQL, renamed at its end.
dump_renamed() {
  pg_restore --no-owner --no-privileges --file=- "$dump" || return 1
  if [ "$old" != "$new" ]; then printf 'ALTER SCHEMA "%s" RENAME TO "%s";\n' "$old" "$new"; fi
}

schema_exists "$conn" "$new" && pg_die "schema $new exists already in the target database: choose another name or drop it first"

started=$(pg_now_ms)
if [ "$old" = "$new" ] || ! schema_exists "$conn" "$old"; then
  in_one_transaction "$conn" dump_renamed
  how=direct
else
  scratch="miconsulado_restore_$(date -u +%Y%m%d%H%M%S)_$$"
  scratch_conn=$(pg_url_with_db "$conn" "$scratch")
  trap 'psql -X -q --dbname="$conn" -c "drop database if exists \"$scratch\" with (force)" >/dev/null 2>&1 || true' EXIT INT TERM
  psql -X -q -v ON_ERROR_STOP=1 --dbname="$conn" -c "create database \"$scratch\" template template0" >/dev/null
  in_one_transaction "$scratch_conn" dump_renamed
  in_one_transaction "$conn" pg_dump --schema="$new" --no-owner --no-privileges --dbname="$scratch_conn"
  how="through the scratch database $scratch"
fi
ms=$(($(pg_now_ms) - started))
echo "restored schema $old as $new ($how) in $ms ms"
