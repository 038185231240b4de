import type { Transaction } from 'kysely';
import type { Shift } from '../../shared/api/shifts';
import type { Database } from '../platform/db/schema';

export const DEMO_OPERATORS = 40;

const WEEKDAYS = [1, 2, 3, 4, 5];
const MORNING = { start: '08:00', end: '15:00' };
const AFTERNOON = { start: '14:00', end: '21:00' };
const WEEKEND = { start: '09:00', end: '18:00' };

/**
 * The demo week of operatorN (DEMO ASSUMPTION, deterministic): 1–20 work mornings 08–15 and
 * 21–40 afternoons 14–21, Monday to Friday, so the two teams overlap for the afternoon handover.
 * Every fifth operator also covers a weekend day 09–18 (Saturday or Sunday, alternately) and takes
 * a weekday off instead, spread over the week.
 */
export function demoWeekOf(n: number): Shift[] {
  const hours = n <= DEMO_OPERATORS / 2 ? MORNING : AFTERNOON;
  const weekend = n % 5 === 0;
  const dayOff = weekend ? ((n / 5) % 5) + 1 : null;
  const week: Shift[] = WEEKDAYS.filter((d) => d !== dayOff).map((weekday) => ({ weekday, ...hours }));
  if (weekend) week.push({ weekday: n % 10 === 5 ? 6 : 7, ...WEEKEND });
  return week;
}

/** Writes the demo weeks of operator1…40 (the demo users' ids are `usr_operatorN`). */
export async function seedDemoShifts(trx: Transaction<Database>, at: string): Promise<void> {
  const rows = Array.from({ length: DEMO_OPERATORS }, (_, i) => i + 1).flatMap((n) =>
    demoWeekOf(n).map((s) => ({
      user_id: `usr_operator${n}`,
      weekday: s.weekday,
      start_time: s.start,
      end_time: s.end,
      updated_at: at,
      updated_by: null,
    })),
  );
  await trx.insertInto('shift_schedules').values(rows).execute();
}
