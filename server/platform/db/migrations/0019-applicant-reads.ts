import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * Who looked at whom (issue 16, "Personal data"): one row per person shown to a user — a search
 * result with their CURP, birth date and phone, a record read, a screen pop on a call, a lead's
 * listing of who looked — with the reader, their role, the instant (UTC), the call the server knew
 * them to be on, and the sandbox (practice reads of fictional people are kept too, marked so). A
 * table of its own rather than the audit log: several rows per call at 35,000 calls a day, read by
 * applicant and time. Rows are never changed (a trigger refuses it); pruning old ones is for a
 * retention rule.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('applicant_reads')
    .addColumn('id', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reader_id', 'text', (c) => c.notNull())
    .addColumn('reader_role', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('search', 'record', 'screen_pop', 'reads_listing')`),
    )
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .execute();
  // The one question asked of it: who looked at this person, newest first, a page at a time.
  await db.schema
    .createIndex('applicant_reads_by_applicant')
    .on('applicant_reads')
    .columns(['applicant_id', 'at', 'id'])
    .execute();
  if (dialect === 'sqlite') {
    await sql`create trigger applicant_reads_no_update before update on applicant_reads begin select raise(abort, 'applicant_reads rows are never changed'); end`.execute(
      db,
    );
  } else {
    await sql`create function applicant_reads_unchanged() returns trigger language plpgsql as $$ begin raise exception 'applicant_reads rows are never changed'; end $$`.execute(
      db,
    );
    await sql`create trigger applicant_reads_no_update before update on applicant_reads for each row execute function applicant_reads_unchanged()`.execute(
      db,
    );
  }
}
