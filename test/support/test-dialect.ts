/**
 * Which database the integration tests run the server on. A vitest project sets
 * `TEST_DATABASE=postgres` (see vitest.config.ts); anything else is a mistake, not SQLite. Where
 * PostgreSQL is: services/postgres.ts.
 */
import type { SqlDialect } from '../../server/platform/db/dialect';

export function testDialect(env: NodeJS.ProcessEnv = process.env): SqlDialect {
  const value = env.TEST_DATABASE ?? 'sqlite';
  if (value !== 'sqlite' && value !== 'postgres')
    throw new Error(`TEST_DATABASE must be sqlite or postgres (got "${value}")`);
  return value;
}
