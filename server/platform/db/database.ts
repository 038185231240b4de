import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { postgresBulkInsert, sqliteBulkInsert, type BulkInsert } from './bulk-insert';
import type { SqlDialect } from './dialect';
import { openPostgres } from './postgres-connection';
import { groupCommitTransact, retryingTransact, type Transact } from './transaction-runner';
import type { Database } from './schema';
import { openSqlite } from './sqlite-connection';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: SqlDialect;
  /** Where the data lives, for logs (never includes a password). */
  description: string;
  /** The fastest way this dialect has to write many rows in a transaction (the demo seed). */
  bulkInsert: BulkInsert;
  /** How booking commands get their transactions on this dialect. */
  transact: Transact;
  close(): Promise<void>;
  /** Connections now (metrics): PostgreSQL's pool; SQLite has its one, never waited for through a pool. */
  connections(): { total: number; idle: number; waiting: number };
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/miconsulado.sqlite';

export interface OpenDatabaseOptions {
  /** PostgreSQL connections per process (DATABASE_POOL_SIZE); 10 by default. SQLite has one. */
  poolSize?: number;
  /** Where connection trouble is reported (PostgreSQL pool errors, retried conflicts). */
  log?: (line: string) => void;
  /** A PostgreSQL transaction is run again after a deadlock or serialization failure (metrics). */
  onTransactionRetry?: () => void;
}

/**
 * Opens the database named by a `sqlite:<path>` or `postgres://…[?schema=NAME]` URL
 * (`postgresql://` too). With `schema`, every pooled connection works in that schema.
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const { db, raw } = openSqlite(path);
    return {
      db,
      dialect: 'sqlite',
      description: `SQLite ${path}`,
      bulkInsert: sqliteBulkInsert(raw),
      transact: groupCommitTransact(db),
      close: () => db.destroy(),
      connections: () => ({ total: 1, idle: 1, waiting: 0 }),
    };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { db, target, pool } = await openPostgres(url, options);
    // Many connections write at once: no group commit, each unit is its own transaction, rerun
    // when PostgreSQL picks it as a deadlock victim.
    return {
      db,
      dialect: 'postgres',
      description: target.description,
      bulkInsert: postgresBulkInsert(),
      transact: retryingTransact(db, { onRetry: () => options.onTransactionRetry?.() }),
      close: () => db.destroy(),
      connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  throw new Error(
    `DATABASE_URL must start with sqlite:, postgres:// or postgresql:// (got "${url.split(':')[0]}:")`,
  );
}
