import type { Kysely, Transaction } from 'kysely';
import type { OfficeSession, WeeklyHours } from '../../../shared/domain/slots/slot-generation';
import type { Database } from '../../platform/db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A consulate's weekly hours as stored (`office_sessions`, weekday 0 = Sunday). */
export async function weeklyHoursOf(db: Db, consulateId: string): Promise<WeeklyHours> {
  const rows = await db
    .selectFrom('office_sessions')
    .selectAll()
    .where('consulate_id', '=', consulateId)
    .orderBy('weekday')
    .orderBy('open_time')
    .execute();
  const hours: WeeklyHours = {};
  for (const r of rows) {
    const weekday = r.weekday as keyof WeeklyHours;
    const session: OfficeSession = {
      open: r.open_time,
      close: r.close_time,
      slotMinutes: r.slot_minutes,
      seats: r.seats,
    };
    hours[weekday] = [...(hours[weekday] ?? []), session];
  }
  return hours;
}

/**
 * The consulate's closed dates in `from`..`to`, as `closed_days` holds them: the office calendar's
 * holidays (written at start and before a release) and the leads' closures. A reopened day is open.
 */
export async function closedDatesIn(
  db: Db,
  consulate: { id: string },
  from: string,
  to: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('closed_days')
    .select('local_date')
    .where('consulate_id', '=', consulate.id)
    .where('local_date', '>=', from)
    .where('local_date', '<=', to)
    .where('reopened_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.local_date));
}
