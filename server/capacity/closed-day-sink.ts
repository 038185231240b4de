import type { Kysely } from 'kysely';
import type { SlotChangeSink } from '../booking/slot-change-sink';
import type { Database } from '../db/schema';
import type { SeatCounts } from '../repositories/seat-ledger';

export interface ClosedDaySink extends SlotChangeSink {
  /** From now on these slots offer no seats in any event (their day was closed). */
  markClosed(slotIds: readonly string[]): void;
}

/** A closed day offers no seats, whatever its counters say: its holds and bookings are not free seats. */
const noSeatsOffered = (seat: SeatCounts): SeatCounts => ({ ...seat, capacity: seat.held + seat.booked });

/**
 * Wraps the seat-change path so that a slot of a closed day is always published with no seats:
 * a live hold that expires or an appointment cancelled for rebooking on that day gives its seat
 * back to the counters, but must not make the seat reappear on the consoles' grids.
 */
export function createClosedDaySink(inner: SlotChangeSink, closedSlotIds: Iterable<string> = []): ClosedDaySink {
  const closed = new Set(closedSlotIds);
  return {
    publish(sandbox, changes) {
      inner.publish(
        sandbox,
        changes.map((seat) => (closed.has(seat.slotId) ? noSeatsOffered(seat) : seat)),
      );
    },
    markClosed(slotIds) {
      for (const id of slotIds) closed.add(id);
    },
  };
}

/** Slots published on days closed afterwards (days closed before publishing have no slots). */
export async function slotsOnClosedDays(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('slots as s')
    .innerJoin('closed_days as c', (join) => join.onRef('c.consulate_id', '=', 's.consulate_id').onRef('c.local_date', '=', 's.local_date'))
    .select('s.id')
    .execute();
  return rows.map((r) => r.id);
}
