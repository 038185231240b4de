import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { SqlDialect } from './dialect';
import { migrations, type NumberedMigration } from './migrations/index';

/** Applies the numbered migrations not yet applied (all of them, or up to and including `upTo`). */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: SqlDialect,
  options: { upTo?: string; list?: readonly NumberedMigration[] } = {},
) {
  const list = options.list ?? migrations;
  const record: Record<string, Migration> = {};
  for (const migration of list) record[migration.name] = { up: (d) => migration.up(d, dialect) };
  // Kysely looks for its migration tables in every schema unless told which: on PostgreSQL a fresh
  // schema would take another schema's tables for its own (and fail on "kysely_migration_lock does
  // not exist") whenever the database holds several, as side-by-side deployments and tests do.
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => record },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const result = options.upTo ? await migrator.migrateTo(options.upTo) : await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return (result.results ?? []).map((r) => r.migrationName);
}
