import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';
import { openSqlite } from './sqlite-connection';

/** A real SQLite file in its own temporary directory, opened as the server opens it. */
export interface TestDatabase {
  db: Kysely<Database>;
  /** The same connection without the query builder: raw SQL that bypasses the code. */
  raw: BetterSqlite3.Database;
  path: string;
  /** Closes the connection and deletes the directory. */
  cleanup(): Promise<void>;
}

/**
 * Opens a fresh temporary database with every migration applied (or none, with
 * `{ migrate: false }`, for tests of the migrations themselves). For tests only.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'miconsulado-test-'));
  const path = join(dir, 'test.sqlite');
  const { db, raw } = openSqlite(path);
  let closed = false;
  const cleanup = async () => {
    if (closed) return;
    closed = true;
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { db, raw, path, cleanup };
}

/** The error a raw statement is refused with; fails the test when the database accepts it. */
export function refusalOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to be refused');
}
