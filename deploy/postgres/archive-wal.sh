#!/usr/bin/env bash
# PostgreSQL's archive_command for point-in-time recovery: copies one finished WAL segment into the
# archive directory, safely. postgresql.conf (deploy/postgres/postgresql-archive.conf):
#
#   archive_command = '/opt/miconsulado/current/deploy/postgres/archive-wal.sh %p %f /var/lib/postgresql/wal-archive'
#
# Written under a temporary name, flushed to disk, then renamed (and the directory flushed), so a
# segment in the archive is always whole. A segment already archived with the same bytes (a retry
# after a crash between the copy and PostgreSQL's own bookkeeping) is fine; with other bytes it is
# an error and nothing is overwritten. A non-zero exit makes PostgreSQL keep the segment and retry.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 %p %f ARCHIVE_DIRECTORY" >&2; exit 2; }
source_path=$1
name=$2
archive=$3
dest="$archive/$name"
if [ -e "$dest" ]; then
  cmp -s "$source_path" "$dest" && exit 0
  echo "archive-wal.sh: $dest is archived already with other contents: not overwritten" >&2
  exit 1
fi
partial="$archive/.$name.partial"
cp "$source_path" "$partial"
sync "$partial"
mv "$partial" "$dest"
sync "$archive"
