import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { sqliteBulkInsert, type BulkInsert } from './bulk-insert';
import type { SqlDialect } from './dialect';
import { groupCommitTransact, type Transact } from './transaction-runner';
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
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/miconsulado.sqlite';

/** Opens the database named by a `sqlite:<path>` URL (PostgreSQL arrives as a second dialect). */
export async function openDatabase(url: string): Promise<DatabaseHandle> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const { db, raw } = openSqlite(path);
    return { db, dialect: 'sqlite', description: `SQLite ${path}`, bulkInsert: sqliteBulkInsert(raw), transact: groupCommitTransact(db), close: () => db.destroy() };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    throw new Error('PostgreSQL support arrives with the multi-instance work; use a sqlite: URL for now');
  }
  throw new Error(`DATABASE_URL must start with sqlite: (got "${url.split(':')[0]}:")`);
}
