import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The server closes the calls nobody closed (a wrap-up past the lead's limit, a call longer than
 * MAX_CALL_SECONDS): such a call ends without a wrap-up code, marked `ended_by = 'server'`. Ending a
 * call and giving its wrap-up code stay one step for everyone else. `ended_by` says who closed a
 * call, only of an ended one. And an index of the calls still open, by start: the server's round
 * reads these few (one per operator at most) among millions ended, never the whole log.
 *
 * PostgreSQL swaps the CHECKs; SQLite cannot alter a CHECK, so `calls` is rebuilt with the same
 * columns, rows and indexes (its foreign keys off while it is replaced, as SQLite's own recipe for
 * changing a table does: operator states reference its calls, and still do after).
 */
const endedWithWrapUp = sql`(ended_at is null) = (wrap_up_code is null) or (coalesce(ended_by, '') = 'server' and ended_at is not null and wrap_up_code is null)`;
const endedBy = sql`ended_by is null or (ended_by in ('operator', 'server') and ended_at is not null)`;

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table calls drop constraint calls_ended_with_wrap_up`.execute(db);
    await sql`alter table calls add constraint calls_ended_with_wrap_up check (${endedWithWrapUp})`.execute(
      db,
    );
    await sql`alter table calls add constraint calls_ended_by check (${endedBy})`.execute(db);
  } else {
    await rebuildSqliteCalls(db);
  }
  await db.schema
    .createIndex('calls_open_by_start')
    .on('calls')
    .column('started_at')
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
}

const COLUMNS = sql.raw(
  'id, sandbox, operator_id, started_at, ended_at, wrap_up_code, applicant_id, appointment_id, note, direction, procedure_id, consulate_id, hung_up_at, ended_by',
);

async function rebuildSqliteCalls(db: Kysely<unknown>): Promise<void> {
  // Outside a transaction (SQLite ignores it inside one); the rebuild itself is one transaction.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await db.schema
        .createTable('calls_0013')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('sandbox', 'text', (c) => c.notNull())
        .addColumn('operator_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .addColumn('wrap_up_code', 'text', (c) =>
          c.check(
            sql`wrap_up_code in ('booked', 'rescheduled', 'cancelled', 'information', 'no_availability', 'caller_declined', 'dropped', 'transferred')`,
          ),
        )
        .addColumn('applicant_id', 'text', (c) => c.references('applicants.id'))
        .addColumn('appointment_id', 'text', (c) => c.references('reservations.appointment_id'))
        .addColumn('note', 'text')
        .addColumn('direction', 'text', (c) => c.notNull().defaultTo('inbound'))
        .addColumn('procedure_id', 'text')
        .addColumn('consulate_id', 'text')
        .addColumn('hung_up_at', 'text')
        .addColumn('ended_by', 'text')
        .addCheckConstraint('calls_end_after_start', sql`ended_at is null or ended_at >= started_at`)
        .addCheckConstraint('calls_ended_with_wrap_up', endedWithWrapUp)
        .addCheckConstraint('calls_ended_by', endedBy)
        .execute();
      await sql`insert into calls_0013 (${COLUMNS}) select ${COLUMNS} from calls`.execute(db);
      await sql`drop table calls`.execute(db);
      await sql`alter table calls_0013 rename to calls`.execute(db);
      await db.schema
        .createIndex('calls_by_operator')
        .on('calls')
        .columns(['operator_id', 'started_at'])
        .execute();
      await db.schema.createIndex('calls_by_appointment').on('calls').column('appointment_id').execute();
      await db.schema.createIndex('calls_by_start').on('calls').columns(['sandbox', 'started_at']).execute();
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0)
        throw new Error(`calls rebuilt with broken references: ${JSON.stringify(broken.rows)}`);
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
