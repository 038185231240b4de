import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { SeatCounts } from '../slots';
import { toSlotView, type SlotView } from '../slots';

type Db = Kysely<Database> | Transaction<Database>;

/** Every live slot of a consulate's day, open or closed, by start. */
export async function slotsOfDay(db: Db, consulateId: string, date: string): Promise<SlotView[]> {
  const rows = await db
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
    .where('consulate_id', '=', consulateId)
    .where('local_date', '=', date)
    .orderBy('start_at')
    .execute();
  return rows.map(toSlotView);
}

/** Whether the consulate has slots published after `date` (the day lies inside its released inventory). */
export async function hasSlotsAfter(db: Db, consulateId: string, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('slots')
    .select('id')
    .where('consulate_id', '=', consulateId)
    .where('local_date', '>', date)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export const seatCountsOf = (slot: SlotView): SeatCounts => ({
  slotId: slot.id,
  consulateId: slot.consulateId,
  capacity: slot.capacity,
  held: slot.held,
  booked: slot.booked,
});

/** The audit entity of a consulate's day. */
export const consulateDay = (consulateId: string, date: string) => ({
  type: 'consulate_day',
  id: `${consulateId}:${date}`,
});

/** `08:15` of a slot's `localStart`. */
export const wallTimeOfSlot = (slot: Pick<SlotView, 'localStart'>) => slot.localStart.slice(11, 16);
