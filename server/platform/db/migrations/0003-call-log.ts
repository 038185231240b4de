import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The call log: one row per phone call taken at the console, started when the phone rings and
 * ended with a wrap-up code. A trainee's calls carry their practice sandbox, like their holds.
 * The schema keeps what the code relies on: a call ends once, with a wrap-up code, never before it
 * started.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('calls')
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
    .addCheckConstraint('calls_end_after_start', sql`ended_at is null or ended_at >= started_at`)
    // Ending a call and giving its wrap-up code are one step.
    .addCheckConstraint('calls_ended_with_wrap_up', sql`(ended_at is null) = (wrap_up_code is null)`)
    .execute();
  // An operator's calls, newest first (their history, the floor's statistics).
  await db.schema
    .createIndex('calls_by_operator')
    .on('calls')
    .columns(['operator_id', 'started_at'])
    .execute();
  // The call that made an appointment. Also what keeps confirming a booking fast: setting
  // reservations.appointment_id makes SQLite look for calls referencing the old value, a full scan
  // of this growing table without an index.
  await db.schema.createIndex('calls_by_appointment').on('calls').column('appointment_id').execute();
}
