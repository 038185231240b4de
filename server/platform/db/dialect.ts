import { PostgresAdapter, type Kysely } from 'kysely';

/** The SQL dialects the repositories speak. Migrations branch on it only where SQL differs. */
export type SqlDialect = 'sqlite' | 'postgres';

/**
 * The dialect a Kysely instance (or one of its transactions) speaks, read from its adapter, so a
 * repository can branch where SQL differs without every caller passing the dialect along.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read
export const dialectOf = (db: Kysely<any>): SqlDialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
