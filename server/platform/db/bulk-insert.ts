import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database } from './schema';

/** Writes many rows of one table inside the caller's open transaction. */
export interface BulkInsert {
  rows<T extends keyof Database & string>(
    trx: Transaction<Database>,
    table: T,
    rows: readonly Insertable<Database[T]>[],
  ): Promise<void>;
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
        statement = raw.prepare(
          `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        statements.set(key, statement);
      }
      for (const row of rows) {
        const record = row as Record<string, unknown>;
        statement.run(columns.map((c) => record[c]));
      }
    },
  };
}

const UNNEST_BATCH = 20_000;
const COLUMN_TYPE = /^[a-z][a-z0-9 ]*$/;

/**
 * PostgreSQL's fast path for the seed: each column sent as one array parameter and the rows
 * rebuilt server-side with `unnest`, so 20,000 rows are one short statement with a handful of
 * parameters (a multi-row VALUES list of the same rows is megabytes of SQL to parse). The column
 * types are read once per table from the catalog, for the array casts.
 */
export function postgresBulkInsert(): BulkInsert {
  const typesByTable = new Map<string, Map<string, string>>();
  async function columnTypes(trx: Transaction<Database>, table: string) {
    let types = typesByTable.get(table);
    if (!types) {
      const result = await sql<{
        name: string;
        type: string;
      }>`select column_name as name, data_type as type from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}`.execute(trx);
      types = new Map(result.rows.map((r) => [r.name, r.type]));
      typesByTable.set(table, types);
    }
    return types;
  }
  return {
    async rows(trx, table, rows) {
      const first = rows[0];
      if (!first) return;
      const columns = Object.keys(first);
      const types = await columnTypes(trx, table);
      const casts = columns.map((c) => {
        const type = types.get(c);
        if (!type || !COLUMN_TYPE.test(type)) throw new Error(`bulk insert: no column ${table}.${c}`);
        return sql.raw(`${type}[]`);
      });
      for (let i = 0; i < rows.length; i += UNNEST_BATCH) {
        const batch = rows.slice(i, i + UNNEST_BATCH) as readonly Record<string, unknown>[];
        const arrays = columns.map((c, k) => sql`${batch.map((row) => row[c] ?? null)}::${casts[k]}`);
        await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
          trx,
        );
      }
    },
  };
}
