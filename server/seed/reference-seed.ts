import type { Transaction } from 'kysely';
import { holidayRowsFor, insertHolidays } from '../modules/capacity';
import type { Database } from '../platform/db/schema';
import { consulates } from '../modules/reference';
import { weeklyHoursFor } from '../modules/reference';
import { syncReferenceData } from '../modules/reference';

/**
 * A new database's reference data: what every start writes (consulates, procedures, fees), the
 * consulates' weekly hours, and the office calendar's holidays of `years` as closed days.
 */
export async function seedReferenceData(
  trx: Transaction<Database>,
  years: readonly number[],
  now: string,
): Promise<void> {
  await syncReferenceData(trx);
  const sessions = consulates.flatMap((c) =>
    Object.entries(weeklyHoursFor(c)).flatMap(([weekday, list]) =>
      (list ?? []).map((s) => ({
        consulate_id: c.id,
        weekday: Number(weekday),
        open_time: s.open,
        close_time: s.close,
        slot_minutes: s.slotMinutes,
        seats: s.seats,
      })),
    ),
  );
  await trx
    .insertInto('office_sessions')
    .values(sessions)
    .onConflict((oc) => oc.doNothing())
    .execute();
  // A new database: nothing is published yet, so no console needs telling (the start's sync does that).
  await insertHolidays(trx, holidayRowsFor(consulates, years, now));
}
