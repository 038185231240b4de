import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { isPractice } from '../../kernel/actor';

type Db = Kysely<Database> | Transaction<Database>;

export interface SlotView {
  id: string;
  consulateId: string;
  localDate: string;
  localStart: string;
  start: string;
  end: string;
  capacity: number;
  held: number;
  booked: number;
}

/** A slot row with its counters as a dialect returns them (PostgreSQL may give numbers as text). */
export type SlotViewRow = {
  id: string;
  consulate_id: string;
  local_date: string;
  local_start: string;
  start_at: string;
  end_at: string;
  capacity: number | string;
  held: number | string;
  booked: number | string;
};

/** A slot row as the engine and the presenters read it (counters as numbers on every dialect). */
export const toSlotView = (r: SlotViewRow): SlotView => ({
  id: r.id,
  consulateId: r.consulate_id,
  localDate: r.local_date,
  localStart: r.local_start,
  start: r.start_at,
  end: r.end_at,
  capacity: Number(r.capacity),
  held: Number(r.held),
  booked: Number(r.booked),
});

/** Slots of a consulate for local dates `from`..`to`, ordered by start, closed days left out. */
export async function listSlots(
  db: Db,
  sandbox: string,
  consulateId: string,
  from: string,
  to: string,
): Promise<SlotView[]> {
  const practice = isPractice(sandbox);
  // A sandbox sees its own counters where it has touched a slot, the live capacity elsewhere.
  const counts = practice
    ? {
        capacity: sql<number>`coalesce(p.capacity, s.capacity)`,
        held: sql<number>`coalesce(p.held, 0)`,
        booked: sql<number>`coalesce(p.booked, 0)`,
      }
    : { capacity: sql<number>`s.capacity`, held: sql<number>`s.held`, booked: sql<number>`s.booked` };
  const rows = await db
    .selectFrom('slots as s')
    .$if(practice, (q) =>
      q.leftJoin('practice_seats as p', (join) =>
        join.onRef('p.slot_id', '=', 's.id').on('p.sandbox', '=', sandbox),
      ),
    )
    .select(['s.id', 's.consulate_id', 's.local_date', 's.local_start', 's.start_at', 's.end_at'])
    .select([counts.capacity.as('capacity'), counts.held.as('held'), counts.booked.as('booked')])
    .where('s.consulate_id', '=', consulateId)
    .where('s.local_date', '>=', from)
    .where('s.local_date', '<=', to)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('closed_days as c')
            .select('c.local_date')
            .whereRef('c.consulate_id', '=', 's.consulate_id')
            .whereRef('c.local_date', '=', 's.local_date')
            // A reopened day keeps its row and is open again.
            .where('c.reopened_at', 'is', null),
        ),
      ),
    )
    .orderBy('s.start_at')
    .execute();
  return rows.map(toSlotView);
}

/** The schedule facts of one slot (its seat counters are moved only through the seat ledger). */
export async function findSlot(db: Db, slotId: string) {
  return db
    .selectFrom('slots')
    .select([
      'id',
      'consulate_id',
      'local_date',
      'local_start',
      'start_at',
      'end_at',
      'capacity',
      'held',
      'booked',
    ])
    .where('id', '=', slotId)
    .executeTakeFirst();
}

/** A slot with what booking on it depends on: its consulate's lead time, chain gap and zone. */
export async function findSlotForBooking(db: Db, slotId: string) {
  const row = await db
    .selectFrom('slots as s')
    .innerJoin('consulates as c', 'c.id', 's.consulate_id')
    .select([
      's.id',
      's.consulate_id',
      's.local_date',
      's.local_start',
      's.start_at',
      's.end_at',
      'c.time_zone',
      'c.min_lead_minutes',
      'c.prerequisite_gap_days',
    ])
    .where('s.id', '=', slotId)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      min_lead_minutes: Number(row.min_lead_minutes),
      prerequisite_gap_days: Number(row.prerequisite_gap_days),
    }
  );
}

export type SlotForBooking = NonNullable<Awaited<ReturnType<typeof findSlotForBooking>>>;

export async function isDayClosed(db: Db, consulateId: string, localDate: string): Promise<boolean> {
  const row = await db
    .selectFrom('closed_days')
    .select('local_date')
    .where('consulate_id', '=', consulateId)
    .where('local_date', '=', localDate)
    .where('reopened_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
