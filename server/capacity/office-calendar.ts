import type { Kysely, Transaction } from 'kysely';
import { closedDaysFor } from '../../shared/domain/calendar/holidays';
import type { OfficeSession, WeeklyHours } from '../../shared/domain/slots/slot-generation';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A consulate's weekly hours as stored (`office_sessions`, weekday 0 = Sunday). */
export async function weeklyHoursOf(db: Db, consulateId: string): Promise<WeeklyHours> {
  const rows = await db.selectFrom('office_sessions').selectAll().where('consulate_id', '=', consulateId).orderBy('weekday').orderBy('open_time').execute();
  const hours: WeeklyHours = {};
  for (const r of rows) {
    const weekday = r.weekday as keyof WeeklyHours;
    const session: OfficeSession = { open: r.open_time, close: r.close_time, slotMinutes: r.slot_minutes, seats: r.seats };
    hours[weekday] = [...(hours[weekday] ?? []), session];
  }
  return hours;
}

/**
 * The consulate's closed dates in `from`..`to`: the days closed in `closed_days` and the holidays
 * of both calendars, computed for years the seed did not write.
 */
export async function closedDatesIn(db: Db, consulate: { id: string; country: string }, from: string, to: string): Promise<Set<string>> {
  const rows = await db.selectFrom('closed_days').select('local_date').where('consulate_id', '=', consulate.id).where('local_date', '>=', from).where('local_date', '<=', to).execute();
  const dates = new Set(rows.map((r) => r.local_date));
  const country = consulate.country === 'CA' ? 'CA' : 'US';
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const day of closedDaysFor(country, year)) if (day.date >= from && day.date <= to) dates.add(day.date);
  }
  return dates;
}
