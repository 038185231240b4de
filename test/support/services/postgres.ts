/**
 * Where the tests find PostgreSQL (`TEST_POSTGRES_URL`, else the machine's own server), and the one
 * probe that says whether it answers.
 */
import pg from 'pg';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The database PostgreSQL is probed at, and the worker databases are created beside. */
export function sharedPostgresUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_URL;
}

/**
 * The database test schemas are created in: in a vitest worker, a database of that worker's own
 * (worker-databases.ts); elsewhere (a bench) the shared one.
 */
export function postgresBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_POSTGRES_WORKER_URL || sharedPostgresUrl(env);
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A URL of that database with the server's `?schema=` parameter set. */
export function postgresSchemaUrl(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Why PostgreSQL at `url` does not answer a query within `timeoutMs`, or null when it does. */
export async function probePostgres(url: string, timeoutMs = 3_000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A refused or dropped connection also emits 'error'; the awaited call below reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
