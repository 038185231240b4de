import { sql } from 'kysely';
import type { TestDatabase } from './test-database';

/** What the migration tests read of a schema, asked of either dialect's catalog. For tests only. */

/** Tables of the database (its own schema on PostgreSQL), sorted by name; SQLite's internal ones left out. */
export async function tableNames(t: TestDatabase): Promise<string[]> {
  const rows =
    t.dialect === 'sqlite'
      ? await t.rows<{ name: string }>(
          sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
        )
      : await t.rows<{ name: string }>(
          sql`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
        );
  return rows.map((r) => r.name);
}

/** A table's columns in order, and whether each is NOT NULL. */
export async function columnsOf(
  t: TestDatabase,
  table: string,
): Promise<{ name: string; required: boolean }[]> {
  const rows =
    t.dialect === 'sqlite'
      ? await t.rows<{ name: string; required: number }>(
          sql`select name, "notnull" as required from pragma_table_info(${table}) order by cid`,
        )
      : await t.rows<{ name: string; required: number }>(
          sql`select column_name as name, case when is_nullable = 'NO' then 1 else 0 end as required
              from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`,
        );
  return rows.map((r) => ({ name: r.name, required: Number(r.required) === 1 }));
}

/** Everything a migration can create (tables, columns, indexes, constraints, triggers), as comparable rows. */
export async function schemaOf(t: TestDatabase): Promise<unknown[]> {
  if (t.dialect === 'sqlite') return t.rows(sql`select type, name, sql from sqlite_master order by name`);
  const columns = await t.rows(
    sql`select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
        where table_schema = current_schema() order by table_name, ordinal_position`,
  );
  const indexes = await t.rows(
    sql`select indexname, indexdef from pg_indexes where schemaname = current_schema() order by indexname`,
  );
  const constraints = await t.rows(
    sql`select c.conname, pg_get_constraintdef(c.oid) as def from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = current_schema() order by c.conname, def`,
  );
  const triggers = await t.rows(
    sql`select trigger_name, event_manipulation, action_statement from information_schema.triggers
        where trigger_schema = current_schema() order by trigger_name, event_manipulation`,
  );
  return [columns, indexes, constraints, triggers];
}
