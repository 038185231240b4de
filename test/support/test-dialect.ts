/**
 * Which database the integration tests run the server on, and where PostgreSQL is. A vitest project
 * sets `TEST_DATABASE=postgres` (see vitest.config.ts); anything else is a mistake, not SQLite.
 */
import type { SqlDialect } from '../../server/platform/db/dialect';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function testDialect(env: NodeJS.ProcessEnv = process.env): SqlDialect {
  const value = env.TEST_DATABASE ?? 'sqlite';
  if (value !== 'sqlite' && value !== 'postgres') throw new Error(`TEST_DATABASE must be sqlite or postgres (got "${value}")`);
  return value;
}

/**
 * The PostgreSQL database test schemas are created in (`TEST_POSTGRES_URL` overrides it, as for
 * test/support/test-database.ts, which this does not import: it needs vitest's describe).
 */
export function postgresBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_URL;
}

/** A URL of that database with the server's `?schema=` parameter set. */
export function postgresSchemaUrl(base: string, schema: string): string {
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** The URL as it may appear in a message: without a password. */
export function redactedUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
