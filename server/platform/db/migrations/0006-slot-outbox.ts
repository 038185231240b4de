import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';

/**
 * The outbox of seat changes (issue 6). Every transaction that changes a slot's availability
 * appends one row per (sandbox, consulate) it touched to `slot_events`, numbered by
 * `slot_event_heads`, in the same transaction: an event exists if and only if its change committed,
 * and the numbers of one consulate have no holes and follow commit order (the head row stays locked
 * until the commit). Each server instance relays committed events to its own sockets; a client that
 * missed some catches up from its last number while the events are kept.
 */
export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const withoutRowId = dialect === 'sqlite' ? sql`without rowid` : sql``;
  await db.schema
    .createTable('slot_event_heads')
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('consulate_id', 'text', (c) => c.notNull().references('consulates.id'))
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq > 0`))
    .addPrimaryKeyConstraint('slot_event_heads_pk', ['sandbox', 'consulate_id'])
    .modifyEnd(withoutRowId)
    .execute();
  await db.schema
    .createTable('slot_events')
    .addColumn('sandbox', 'text', (c) => c.notNull())
    .addColumn('consulate_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq > 0`))
    // [{slotId, available}]: absolute values after the change, so replaying an event is harmless.
    .addColumn('changes_json', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('slot_events_pk', ['sandbox', 'consulate_id', 'seq'])
    .modifyEnd(withoutRowId)
    .execute();
  // Pruning removes the oldest events first.
  await db.schema.createIndex('slot_events_by_time').on('slot_events').column('recorded_at').execute();
}
