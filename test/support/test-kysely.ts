/**
 * A small connection of a test's own to the database a test server runs on, from its
 * DATABASE_URL: the same tables through the query builder, on either dialect. Read-only unless a
 * test has to change the data behind the server's back (as another instance would).
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { parsePostgresUrl } from '../../server/platform/db/postgres-connection';
import type { Database } from '../../server/platform/db/schema';

export function dialectOf(databaseUrl: string): SqlDialect {
  if (databaseUrl.startsWith('sqlite:')) return 'sqlite';
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) return 'postgres';
  throw new Error(`not a test database URL: "${databaseUrl.split(':')[0]}:"`);
}

export function openTestKysely(databaseUrl: string, options: { readOnly: boolean }): Kysely<Database> {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const raw = new BetterSqlite3(databaseUrl.slice('sqlite:'.length), {
      readonly: options.readOnly,
      fileMustExist: true,
    });
    // The server writes at the same time (WAL): wait for its lock rather than fail.
    raw.pragma('busy_timeout = 5000');
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  }
  const { connectionString, schema } = parsePostgresUrl(databaseUrl);
  const settings = [
    schema ? `-c search_path=${schema}` : '',
    options.readOnly ? '-c default_transaction_read_only=on' : '',
  ].filter(Boolean);
  const pool = new pg.Pool({ connectionString, max: 1, options: settings.join(' ') || undefined });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
