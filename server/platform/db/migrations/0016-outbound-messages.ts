import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The durable queue of messages to applicants (issue 15): one row per e-mail or SMS, written in the
 * transaction of the change that causes it (a booking, a cancellation, a closed day…), so a message
 * exists if and only if its change committed. `dedupe_key` makes a second enqueue of the same notice
 * a no-op. Every instance's worker leases due rows (`lease_owner`, `lease_until`; `next_attempt_at`
 * is pushed to the lease's end, so a lease that runs out makes the row due again), sends them, and
 * marks them `sent`, back to `queued` with a later `next_attempt_at`, or `failed`. A channel without
 * a sender, and practice, keep theirs (`kept`); a reminder that no longer applies is `skipped`.
 */
export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('outbound_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('booked', 'rescheduled', 'cancelled', 'closed', 'waitlist_offer', 'reminder')`),
    )
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'sms')`))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('es', 'en')`))
    .addColumn('subject', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text')
    .addColumn('calendar', 'text')
    .addColumn('calendar_method', 'text', (c) => c.check(sql`calendar_method in ('REQUEST', 'CANCEL')`))
    .addColumn('reservation_id', 'text')
    .addColumn('appointment_id', 'text')
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('only_if_still_booked', 'integer', (c) =>
      c.notNull().check(sql`only_if_still_booked in (0, 1)`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'sent', 'failed', 'kept', 'skipped')`),
    )
    .addColumn('attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    /** When a queued row is due next (its not_before, a retry's time, or the end of its lease); null once settled. */
    .addColumn('next_attempt_at', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('provider_message_id', 'text')
    .addCheckConstraint(
      'outbound_messages_queued_is_due_sometime',
      sql`(status = 'queued') = (next_attempt_at is not null)`,
    )
    .addCheckConstraint('outbound_messages_sent_has_time', sql`status <> 'sent' or sent_at is not null`)
    .execute();
  // The worker's pick: due queued rows, oldest due first.
  await db.schema
    .createIndex('outbound_messages_due')
    .on('outbound_messages')
    .columns(['status', 'next_attempt_at'])
    .execute();
  // The lead's list: newest first, and by status.
  await db.schema
    .createIndex('outbound_messages_by_creation')
    .on('outbound_messages')
    .columns(['sandbox', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('outbound_messages_by_appointment')
    .on('outbound_messages')
    .column('appointment_id')
    .execute();
}
