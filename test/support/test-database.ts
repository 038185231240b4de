import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { sqliteBulkInsert, type BulkInsert } from '../../server/platform/db/bulk-insert';
import { openDatabase } from '../../server/platform/db/database';
import type { SqlDialect } from '../../server/platform/db/dialect';
import { migrateToLatest } from '../../server/platform/db/migrate';
import type { Database } from '../../server/platform/db/schema';
import { openSqlite } from '../../server/platform/db/sqlite-connection';
import { groupCommitTransact, type Transact } from '../../server/platform/db/transaction-runner';
import { postgresBaseUrl, postgresSchemaUrl } from './services/postgres';

export type TestDialect = SqlDialect;

/** A real database of either dialect, opened as the server opens it, private to one test. */
export interface TestDatabase {
  db: Kysely<Database>;
  dialect: TestDialect;
  /** A DATABASE_URL for this very database (`sqlite:<file>` or `postgres://…?schema=<own schema>`). */
  url: string;
  /** The SQLite file (SQLite only; '' on PostgreSQL). */
  path: string;
  /** SQLite only: the connection without the query builder. Throws on PostgreSQL: use `rows`/`exec`. */
  raw: BetterSqlite3.Database;
  /** The dialect's bulk insert and transactions, as `openDatabase` gives them to the server. */
  bulkInsert: BulkInsert;
  transact: Transact;
  /** Raw SQL that bypasses the code, on either dialect: `await t.rows(sql\`select … where id = ${id}\`)`. */
  rows<T = Record<string, unknown>>(query: RawBuilder<unknown>): Promise<T[]>;
  /** The first row, or undefined. */
  row<T = Record<string, unknown>>(query: RawBuilder<unknown>): Promise<T | undefined>;
  /** `select count(*) as n …` as a number. */
  count(query: RawBuilder<unknown>): Promise<number>;
  /** One or more statements of plain SQL text without parameters (fixtures). */
  exec(text: string): Promise<void>;
  /** Closes the connections and removes the database (the directory, or the schema). */
  cleanup(): Promise<void>;
}

export interface TestDatabaseOptions {
  dialect?: TestDialect;
  /** false: no migration applied, for tests of the migrations themselves. */
  migrate?: boolean;
  /** PostgreSQL connections (5 by default, to leave room for parallel test files). */
  poolSize?: number;
}

function helpers(db: Kysely<Database>, raw: BetterSqlite3.Database | null) {
  const rows = async <T>(query: RawBuilder<unknown>) => (await query.execute(db)).rows as T[];
  return {
    rows,
    row: async <T>(query: RawBuilder<unknown>) => (await rows<T>(query))[0],
    count: async (query: RawBuilder<unknown>) => Number((await rows<{ n: unknown }>(query))[0]?.n),
    // No parameters: pg sends it as a simple query, where several statements are allowed;
    // better-sqlite3 prepares one statement at a time, its exec() takes several.
    exec: async (text: string) => {
      if (raw) raw.exec(text);
      else await sql.raw(text).execute(db);
    },
  };
}

async function openSqliteTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
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
  const t: TestDatabase = {
    db,
    dialect: 'sqlite',
    url: `sqlite:${path}`,
    path,
    raw,
    bulkInsert: sqliteBulkInsert(raw),
    transact: groupCommitTransact(db),
    ...helpers(db, raw),
    cleanup,
  };
  try {
    if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await cleanup();
    throw error;
  }
  return t;
}

async function openPostgresTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const url = postgresSchemaUrl(postgresBaseUrl(), schema);
  const handle = await openDatabase(url, { poolSize: options.poolSize ?? 5 });
  const { db } = handle;
  let closed = false;
  const cleanup = async () => {
    if (closed) return;
    closed = true;
    try {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
    } finally {
      await handle.close();
    }
  };
  const t: TestDatabase = {
    db,
    dialect: 'postgres',
    url,
    path: '',
    get raw(): BetterSqlite3.Database {
      throw new Error(
        'TestDatabase.raw is SQLite-only: use t.rows(sql`…`) / t.exec(…), which run on both dialects',
      );
    },
    bulkInsert: handle.bulkInsert,
    transact: handle.transact,
    ...helpers(db, null),
    cleanup,
  };
  try {
    if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>, 'postgres');
  } catch (error) {
    await cleanup();
    throw error;
  }
  return t;
}

/**
 * Opens a fresh database with every migration applied (or none, with `{ migrate: false }`):
 * SQLite in its own temporary directory, or PostgreSQL in its own randomly named schema of
 * TEST_POSTGRES_URL (services/postgres.ts), dropped by `cleanup()`. For tests only; the suites that
 * run on both dialects are in each-dialect.ts.
 */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  return options.dialect === 'postgres' ? openPostgresTestDatabase(options) : openSqliteTestDatabase(options);
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

/** The error an asynchronous statement is refused with (either dialect); fails when it is accepted. */
export async function refusalOfAsync(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to be refused');
}

/**
 * How the database would run `query`, as text: SQLite's `explain query plan` details, or
 * PostgreSQL's `explain` with sequential and bitmap scans switched off for that one statement.
 * PostgreSQL picks plans by statistics, and a near-empty test table always favours a scan; with scans
 * off it uses an index whenever one can serve the query, so the plan shows whether the index the
 * query needs exists. (With bitmap scans on, a few hundred rows made a bitmap over another index of
 * the same leading column cost about as much, and the plan changed from run to run.)
 */
export async function queryPlan(t: TestDatabase, query: RawBuilder<unknown>): Promise<string> {
  if (t.dialect === 'sqlite') {
    const rows = await t.rows<{ detail: string }>(sql`explain query plan ${query}`);
    return rows.map((r) => r.detail).join('\n');
  }
  return t.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_bitmapscan = off`.execute(trx);
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(trx);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}
