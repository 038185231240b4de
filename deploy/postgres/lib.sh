# Shared by the scripts of deploy/postgres/ (sourced by bash, not run).
#
# The server's DATABASE_URL carries `?schema=NAME` (server/platform/db/postgres-connection.ts);
# libpq does not know that parameter, so the scripts split it off: `pg_url_conn URL` prints the URL
# without it, `pg_url_schema URL` the schema (or `public` when there is none), `pg_url_with_db URL DB`
# the same server and credentials with another database.
#
# A password in the URL is visible to local users in `ps` while a program runs: keep it in
# ~/.pgpass (mode 600) of the user the scripts run as instead.

pg_url_schema() {
  schema=$(printf '%s\n' "$1" | sed -n 's/.*[?&]schema=\([^&]*\).*/\1/p')
  printf '%s\n' "${schema:-public}"
}

pg_url_conn() {
  printf '%s\n' "$1" | sed -e 's/\([?&]\)schema=[^&]*&\{0,1\}/\1/' -e 's/[?&]$//'
}

pg_url_with_db() {
  printf '%s\n' "$1" | sed 's#^\(postgres[a-z]*://[^/?]*\)/\{0,1\}[^?]*#\1/'"$2"'#'
}

# The same rule as the server's: lower-case letters, digits and _, 63 at most.
pg_check_name() {
  case "$2" in
  '' | [!a-z_]* | *[!a-z0-9_]*) pg_die "$1 must be lower-case letters, digits and _ (got \"$2\")" ;;
  esac
  [ "${#2}" -le 63 ] || pg_die "$1 is longer than 63 characters: $2"
}

pg_die() {
  printf '%s: %s\n' "${0##*/}" "$1" >&2
  exit 1
}

# Milliseconds since the epoch (GNU date).
pg_now_ms() {
  date +%s%3N
}
