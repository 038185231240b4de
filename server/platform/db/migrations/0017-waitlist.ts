import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The waitlist: a caller with no suitable seat waits for one of several consulates between two
 * consulate-local dates (`waitlist_entries`, its consulates in `waitlist_entry_consulates`). A freed
 * seat is held for the first entry waiting for it (`offered`, `hold_id` naming the reservation held
 * for it). One active (waiting or offered) entry per applicant and procedure in each sandbox; an
 * offered hold belongs to one entry only.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('waitlist_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('applicants.id'))
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('booking_group', 'text', (c) => c.notNull())
    /** Consulate-local dates, inclusive. */
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    /** The instant `to_date` has ended at every named consulate: past it a waiting entry expires. */
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(sql`status in ('waiting', 'offered', 'booked', 'offer_expired', 'expired', 'cancelled')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('hold_id', 'text', (c) => c.references('reservations.id'))
    .addColumn('offered_at', 'text')
    .addColumn('offer_expires_at', 'text')
    .addColumn('appointment_id', 'text')
    .addColumn('ended_at', 'text')
    .addCheckConstraint('waitlist_entries_range', sql`from_date <= to_date`)
    .addCheckConstraint(
      'waitlist_entries_offer_has_hold',
      sql`status <> 'offered' or (hold_id is not null and offer_expires_at is not null)`,
    )
    .execute();
  await db.schema
    .createTable('waitlist_entry_consulates')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('waitlist_entries.id'))
    .addColumn('consulate_id', 'text', (c) => c.notNull().references('consulates.id'))
    .addPrimaryKeyConstraint('waitlist_entry_consulates_pk', ['entry_id', 'consulate_id'])
    .execute();
  await db.schema
    .createIndex('waitlist_entry_consulates_by_consulate')
    .on('waitlist_entry_consulates')
    .columns(['consulate_id', 'entry_id'])
    .execute();
  // One active entry per person and procedure: the last word on a race two operators run.
  await db.schema
    .createIndex('waitlist_one_active_per_applicant_procedure')
    .unique()
    .on('waitlist_entries')
    .columns(['sandbox', 'applicant_id', 'procedure_id'])
    .where(sql<boolean>`status in ('waiting', 'offered')`)
    .execute();
  // The filler's first question on every seat change ("does anyone wait here?"), and fair order.
  await db.schema
    .createIndex('waitlist_active_in_order')
    .on('waitlist_entries')
    .columns(['sandbox', 'created_at', 'id'])
    .where(sql<boolean>`status in ('waiting', 'offered')`)
    .execute();
  // The sweeper's question: which waiting entries have ended.
  await db.schema
    .createIndex('waitlist_waiting_by_end')
    .on('waitlist_entries')
    .column('ends_at')
    .where(sql.ref('status'), '=', 'waiting')
    .execute();
  await db.schema.createIndex('waitlist_by_hold').unique().on('waitlist_entries').column('hold_id').execute();
  await db.schema
    .createIndex('waitlist_by_applicant')
    .on('waitlist_entries')
    .column('applicant_id')
    .execute();
}
