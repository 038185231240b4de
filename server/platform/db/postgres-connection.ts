import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema';

export interface PostgresOptions {
  /** Connections in the pool (DATABASE_POOL_SIZE); 10 by default. */
  poolSize?: number;
  /** Where pool errors go (an idle connection lost when PostgreSQL restarts). */
  log?: (line: string) => void;
}

export interface PostgresTarget {
  /** The URL without the `schema` parameter, as pg reads it. */
  connectionString: string;
  /** The schema every pooled connection uses (`search_path`), if one was asked for. */
  schema: string | null;
  /** host:port/database, never the password. */
  description: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads a `postgres://` or `postgresql://` URL. An optional `?schema=NAME` puts every connection in
 * that schema (created if missing), so tests and side-by-side instances can share one database.
 */
export function parsePostgresUrl(url: string): PostgresTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema))
    throw new Error(`DATABASE_URL: schema must be lower-case letters, digits and _ (got "${schema}")`);
  parsed.searchParams.delete('schema');
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default)';
  const description = `PostgreSQL ${parsed.hostname}:${parsed.port || '5432'}/${database}${schema ? ` schema ${schema}` : ''}`;
  return { connectionString: parsed.toString(), schema, description };
}

/**
 * int8 (count, sum of integers, bigserial ids) and numeric (sum of a numeric expression) arrive as
 * strings from pg, to keep precision beyond 2^53. Our counts and sums are far below that, and the
 * repositories expect numbers as on SQLite. The parsers are set on this pool only, not globally.
 */
function numberTypes() {
  const types = new pg.TypeOverrides();
  const toNumber = (value: string) => Number(value);
  types.setTypeParser(pg.types.builtins.INT8, toNumber);
  types.setTypeParser(pg.types.builtins.NUMERIC, toNumber);
  return types;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the schema if missing, on a connection of its own before the pool opens. */
async function ensureSchema(connectionString: string, schema: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`create schema if not exists ${quoteIdent(schema)}`);
  } catch (error) {
    // Two processes creating the same schema at once: one of them loses the race on the catalog.
    if (!(typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'))
      throw error;
  } finally {
    await client.end();
  }
}

export interface PostgresHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
  target: PostgresTarget;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PostgresHandle> {
  const target = parsePostgresUrl(url);
  const log = options.log ?? ((line: string) => console.error(line));
  if (target.schema) await ensureSchema(target.connectionString, target.schema);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: options.poolSize ?? 10,
    types: numberTypes(),
    // The search_path travels in the startup packet: every connection the pool opens, including
    // ones reopened after PostgreSQL restarts, is in the schema before its first query.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // An idle client whose server went away (restart, failover) emits 'error' on the pool; without a
  // listener Node would crash the process. The pool drops that client and opens a new one on demand.
  pool.on('error', (error) => log(`PostgreSQL pool: idle connection lost (${error.message})`));
  // A client lent out by the pool has no listener of the pool's: PostgreSQL ending the session
  // (restart, failover) between two statements of a transaction emitted 'error' on it and crashed
  // the process. With this one the next statement fails instead (the request gets its 5xx), and
  // the pool drops the client when it is given back (it is no longer queryable).
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, target };
}
