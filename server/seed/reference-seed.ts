import type { Transaction } from 'kysely';
import { closedDaysFor } from '../../shared/domain/calendar/holidays';
import type { Database } from '../db/schema';
import { consulates } from '../reference/consulates';
import { weeklyHoursFor } from '../reference/office-hours';
import { syncReferenceData } from '../reference/reference-sync';

/**
 * A new database's reference data: what every start writes (consulates, procedures, fees), the
 * consulates' weekly hours, and the holidays of `years` as closed days.
 */
export async function seedReferenceData(trx: Transaction<Database>, years: readonly number[], now: string): Promise<void> {
  await syncReferenceData(trx);
  const sessions = consulates.flatMap((c) =>
    Object.entries(weeklyHoursFor(c)).flatMap(([weekday, list]) =>
      (list ?? []).map((s) => ({ consulate_id: c.id, weekday: Number(weekday), open_time: s.open, close_time: s.close, slot_minutes: s.slotMinutes, seats: s.seats })),
    ),
  );
  await trx.insertInto('office_sessions').values(sessions).onConflict((oc) => oc.doNothing()).execute();
  const closed = consulates.flatMap((c) =>
    years.flatMap((year) =>
      closedDaysFor(c.country, year).map((d) => ({ consulate_id: c.id, local_date: d.date, reason_es: d.name.es, reason_en: d.name.en, closed_by: null, closed_at: now, kind: 'holiday' as const })),
    ),
  );
  for (let i = 0; i < closed.length; i += 500) await trx.insertInto('closed_days').values(closed.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
}
