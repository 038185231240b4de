import type { Transaction } from 'kysely';
import { generateSlots, type WeeklyHours } from '../../../shared/domain/slots/slot-generation';
import type { Database } from '../../platform/db/schema';
import type { SeatCounts } from './seat-ledger';

const BATCH = 500;

/** `PHX-202603091500`: the consulate and the UTC start, unique and stable across republishing. */
export const slotIdFor = (consulateId: string, startIso: string) =>
  `${consulateId}-${startIso.slice(0, 16).replace(/[-:T]/g, '')}`;

/**
 * Publishes a consulate's slots for local dates `from`..`to` from its weekly hours (each local
 * wall time converted to UTC on its own date, so DST days come out right). Slots already
 * published are left as they are; returns how many were new.
 */
export async function publishSlots(
  trx: Transaction<Database>,
  consulate: { id: string; timeZone: string },
  range: { from: string; to: string },
  hours: WeeklyHours,
  closedDates: ReadonlySet<string>,
  /** When given, the new slots' seats are added to it (to record them in the outbox: the waitlist is served first). */
  newSeats?: SeatCounts[],
): Promise<number> {
  const rows = generateSlots({
    timeZone: consulate.timeZone,
    from: range.from,
    to: range.to,
    hours,
    closedDates,
  }).map((slot) => ({
    id: slotIdFor(consulate.id, slot.start),
    consulate_id: consulate.id,
    local_date: slot.localDate,
    local_start: slot.localStart,
    start_at: slot.start,
    end_at: slot.end,
    capacity: slot.capacity,
  }));
  let inserted = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const insert = trx
      .insertInto('slots')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.columns(['consulate_id', 'start_at']).doNothing());
    if (newSeats) {
      const added = await insert.returning(['id', 'consulate_id', 'capacity', 'held', 'booked']).execute();
      for (const r of added)
        newSeats.push({
          slotId: r.id,
          consulateId: r.consulate_id,
          capacity: r.capacity,
          held: r.held,
          booked: r.booked,
        });
      inserted += added.length;
      continue;
    }
    const result = await insert.executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}
