import type { Transaction } from 'kysely';
import { generateSlots, type WeeklyHours } from '../../../shared/domain/slots/slot-generation';
import type { Database } from '../../platform/db/schema';

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
    const result = await trx
      .insertInto('slots')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.columns(['consulate_id', 'start_at']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}
