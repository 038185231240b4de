import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Closed days become a record a lead can undo. `kind` tells a holiday of the office calendar
 * (written by the reference sync) from a lead's closure; a reopened day keeps its row, with who
 * reopened it, when and why, so the calendar sync never closes it again. Only rows with
 * `reopened_at is null` close a day.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .alterTable('closed_days')
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('closure')
        .check(sql`kind in ('holiday', 'closure')`),
    )
    .execute();
  // Until now only the demo seed wrote holidays, with no author; a lead's closure names its lead.
  await sql`update closed_days set kind = 'holiday' where closed_by is null`.execute(db);
  await db.schema.alterTable('closed_days').addColumn('reopened_by', 'text').execute();
  await db.schema.alterTable('closed_days').addColumn('reopen_reason', 'text').execute();
  // A column CHECK may name the others on both dialects: a reopening always says who and why.
  await db.schema
    .alterTable('closed_days')
    .addColumn('reopened_at', 'text', (c) =>
      c.check(sql`reopened_at is null or (reopened_by is not null and reopen_reason is not null)`),
    )
    .execute();
}
