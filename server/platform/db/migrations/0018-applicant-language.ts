import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * What the applicant is told in, and the calendar file's rising SEQUENCE:
 * - `applicants.language` ('es' or 'en', 'es' for everyone registered before): the language of every
 *   confirmation, reminder and notice the applicant receives;
 * - `calendar_sequences(uid, sequence)`: one row per appointment's calendar UID (the first appointment
 *   of a reschedule chain), its last SEQUENCE, raised in the transaction of each change, so a calendar
 *   program replaces the event it holds with the newer one (RFC 5545 3.8.7.4).
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .alterTable('applicants')
    .addColumn('language', 'text', (c) =>
      c
        .notNull()
        .defaultTo('es')
        .check(sql`language in ('es', 'en')`),
    )
    .execute();
  await db.schema
    .createTable('calendar_sequences')
    .addColumn('uid', 'text', (c) => c.primaryKey())
    .addColumn('sequence', 'integer', (c) => c.notNull().check(sql`sequence >= 0`))
    .execute();
}
