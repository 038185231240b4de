#!/usr/bin/env bash
# A logical backup of one MiConsulado schema: `pg_dump --format=custom` of the schema named by
# DATABASE_URL's `?schema=` (`public` without it), written under a temporary name, read back
# (`pg_restore --list`), then renamed, so a file named *.pgdump is always whole. Keeps the newest
# PGDUMP_KEEP dumps of that schema in the directory and deletes older ones (never another file).
#
#   DATABASE_URL=postgres://miconsulado@db1/miconsulado?schema=lax deploy/postgres/dump.sh /var/backups/miconsulado
#
# Environment: DATABASE_URL (as the server's), PGDUMP_KEEP (14). Prints the dump's path last.
# pg_dump reads one snapshot: the dump holds the database as of the moment it began, whatever is
# booked while it runs, and never blocks bookings (it only makes DDL — a migration — wait).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -eq 1 ] || pg_die "usage: DATABASE_URL=postgres://…?schema=NAME $0 DIRECTORY"
dir=$1
url=${DATABASE_URL:?DATABASE_URL is not set}
keep=${PGDUMP_KEEP:-14}
case "$keep" in '' | *[!0-9]* | 0) pg_die "PGDUMP_KEEP must be a whole number of dumps, 1 or more (got \"$keep\")" ;; esac

schema=$(pg_url_schema "$url")
pg_check_name 'the schema' "$schema"
conn=$(pg_url_conn "$url")
[ -d "$dir" ] || pg_die "$dir is not a directory"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$dir/miconsulado-$schema-$stamp.pgdump"
partial="$file.partial"
[ ! -e "$file" ] || pg_die "$file exists already (two dumps within one second?): not overwritten"
trap 'rm -f "$partial"' EXIT INT TERM

started=$(pg_now_ms)
pg_dump --format=custom --schema="$schema" --file="$partial" --dbname="$conn"
pg_restore --list "$partial" >/dev/null
mv "$partial" "$file"
sync "$file" 2>/dev/null || true
ms=$(($(pg_now_ms) - started))
bytes=$(wc -c <"$file")

# Rotation: only this schema's dumps, named as above; the newest PGDUMP_KEEP stay.
ls -1 "$dir" | grep -E "^miconsulado-$schema-[0-9]{8}T[0-9]{6}Z\.pgdump\$" | sort -r | tail -n +"$((keep + 1))" |
  while read -r old; do rm -f "$dir/$old"; done

echo "dumped schema $schema: $bytes bytes in $ms ms"
echo "$file"
