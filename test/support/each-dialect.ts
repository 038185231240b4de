/**
 * Suites that run on both databases the server supports, or on PostgreSQL only. The PostgreSQL half
 * follows the one rule for tests that need PostgreSQL (services/needs.ts): skipped, saying where it
 * did not answer, or failed under REQUIRE_POSTGRES=1.
 */
import { describe } from 'vitest';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { needs } from './services/needs';

/** Runs the suite `fn(dialect)` twice: on SQLite, and on PostgreSQL. */
export function describeEachDialect(name: string, fn: (dialect: SqlDialect) => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  describePostgres(name, () => fn('postgres'));
}

/** A suite that only PostgreSQL has (pool, retries, advisory locks). */
export function describePostgres(name: string, fn: () => void): void {
  needs('postgres').describe(`${name} [postgres]`, fn);
}
