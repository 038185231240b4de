import { sql, type Kysely, type Transaction } from 'kysely';
import type { SlotChange } from '../../../../shared/realtime/events';
import type { Database } from '../../../platform/db/schema';
import { noticePrefix } from './slot-event-channel';

/** One committed change of a consulate's availability, as the outbox keeps it. */
export interface StoredSlotEvent {
  seq: number;
  changes: SlotChange[];
}

export interface SlotEventHead {
  sandbox: string;
  consulateId: string;
  seq: number;
}

/**
 * Appends an event in the caller's transaction and returns its number: the next of its sandbox and
 * consulate. The upsert locks the head row until the transaction ends, so two transactions of one
 * consulate number their events in commit order and a rolled-back one leaves no hole.
 */
export async function appendSlotEvent(
  trx: Transaction<Database>,
  event: { sandbox: string; consulateId: string; changes: readonly SlotChange[]; at: string },
  /** PostgreSQL: the NOTIFY channel to announce the event on at commit. */
  notifyChannel?: string,
): Promise<number> {
  if (notifyChannel) return appendAndNotify(trx, event, notifyChannel);
  const head = await trx
    .insertInto('slot_event_heads')
    .values({ sandbox: event.sandbox, consulate_id: event.consulateId, seq: 1 })
    .onConflict((oc) =>
      oc.columns(['sandbox', 'consulate_id']).doUpdateSet({ seq: sql<number>`slot_event_heads.seq + 1` }),
    )
    .returning('seq')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('slot_events')
    .values({
      sandbox: event.sandbox,
      consulate_id: event.consulateId,
      seq: head.seq,
      changes_json: JSON.stringify(event.changes),
      recorded_at: event.at,
    })
    .execute();
  return head.seq;
}

/**
 * PostgreSQL: the same in one statement, NOTIFY included. The head row stays locked from this
 * statement to the COMMIT, so every round trip saved here is time other transactions of the
 * consulate do not wait (measured: one statement instead of three).
 */
async function appendAndNotify(
  trx: Transaction<Database>,
  event: { sandbox: string; consulateId: string; changes: readonly SlotChange[]; at: string },
  channel: string,
): Promise<number> {
  const { rows } = await sql<{ seq: number }>`
    with head as (
      insert into slot_event_heads (sandbox, consulate_id, seq) values (${event.sandbox}, ${event.consulateId}, 1)
      on conflict (sandbox, consulate_id) do update set seq = slot_event_heads.seq + 1
      returning seq
    ), appended as (
      insert into slot_events (sandbox, consulate_id, seq, changes_json, recorded_at)
      select ${event.sandbox}, ${event.consulateId}, seq, ${JSON.stringify(event.changes)}, ${event.at} from head
      returning seq
    )
    select seq, pg_notify(${channel}, ${noticePrefix(event.sandbox, event.consulateId)} || seq) as notified from appended`.execute(
    trx,
  );
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error(`no event number for ${event.sandbox} ${event.consulateId}`);
  return seq;
}

/** The number of the last committed event of a sandbox and consulate (0: none yet). */
export async function currentSlotSeq(
  db: Kysely<Database>,
  sandbox: string,
  consulateId: string,
): Promise<number> {
  const row = await db
    .selectFrom('slot_event_heads')
    .select('seq')
    .where('sandbox', '=', sandbox)
    .where('consulate_id', '=', consulateId)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

/** Every sandbox and consulate's last committed number: what a relay compares its cursors with. */
export async function readSlotEventHeads(db: Kysely<Database>): Promise<SlotEventHead[]> {
  const rows = await db.selectFrom('slot_event_heads').select(['sandbox', 'consulate_id', 'seq']).execute();
  return rows.map((r) => ({ sandbox: r.sandbox, consulateId: r.consulate_id, seq: r.seq }));
}

/** Committed events after `afterSeq`, oldest first (at most `limit`). */
export async function slotEventsAfter(
  db: Kysely<Database>,
  sandbox: string,
  consulateId: string,
  afterSeq: number,
  limit = 500,
): Promise<StoredSlotEvent[]> {
  const rows = await db
    .selectFrom('slot_events')
    .select(['seq', 'changes_json'])
    .where('sandbox', '=', sandbox)
    .where('consulate_id', '=', consulateId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: r.seq, changes: JSON.parse(r.changes_json) as SlotChange[] }));
}

/** Forgets events recorded before `before`; clients further behind refetch. Returns how many. */
export async function pruneSlotEvents(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('slot_events').where('recorded_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Of these slots, those on a day their consulate closed (and has not reopened): they offer no seats, whatever the counters say. */
export async function slotsOnClosedDays(
  trx: Kysely<Database>,
  slotIds: readonly string[],
): Promise<Set<string>> {
  if (slotIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('slots as s')
    .innerJoin('closed_days as c', (join) =>
      join
        .onRef('c.consulate_id', '=', 's.consulate_id')
        .onRef('c.local_date', '=', 's.local_date')
        .on('c.reopened_at', 'is', null),
    )
    .select('s.id')
    .where('s.id', 'in', slotIds)
    .execute();
  return new Set(rows.map((r) => r.id));
}
