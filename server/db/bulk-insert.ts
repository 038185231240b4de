import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from './schema';

/** Writes many rows of one table inside the caller's open transaction. */
export interface BulkInsert {
  rows<T extends keyof Database & string>(trx: Transaction<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void>;
}

const BATCH = 400;

/** Multi-row INSERTs through the query builder: works on every dialect. */
export const builderBulkInsert: BulkInsert = {
  async rows(trx, table, rows) {
    for (let i = 0; i < rows.length; i += BATCH) {
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + BATCH) as never)
        .execute();
    }
  },
};

/**
 * SQLite's fast path for the seed: one prepared single-row INSERT run per row on the same
 * connection. It is only correct inside a Kysely transaction, which holds SQLite's one connection
 * (nothing else can interleave), hence the `trx` argument it does not otherwise use.
 */
export function sqliteBulkInsert(raw: BetterSqlite3.Database): BulkInsert {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    async rows(_trx, table, rows) {
      const first = rows[0];
      if (!first) return;
      const columns = Object.keys(first);
      const key = `${table}(${columns.join(',')})`;
      let statement = statements.get(key);
      if (!statement) {
        statement = raw.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        statements.set(key, statement);
      }
      for (const row of rows) {
        const record = row as Record<string, unknown>;
        statement.run(columns.map((c) => record[c]));
      }
    },
  };
}
