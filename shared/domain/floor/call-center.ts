import { mexicanHolidays, type ClosedDay } from '../calendar/holidays';
import { weekdayOf } from '../time/local-date';
import { todayIn, zonedParts } from '../time/zoned-time';

/**
 * The call center works on Mexico City's clock (UTC−6 all year since 2022): its "today", its
 * phone hours and its shifts are in this zone, whatever the consulates' zones.
 */
export const CALL_CENTER_TIME_ZONE = 'America/Mexico_City';

export interface PhoneHours {
  open: string;
  close: string;
  /** The holiday that gives the date weekend hours, if any. */
  holiday: ClosedDay['name'] | null;
}

/** Monday–Friday 8:00–21:00; Saturday, Sunday and Mexican holidays 9:00–18:00. */
export function phoneHoursOn(date: string): PhoneHours {
  const holiday = mexicanHolidays(Number(date.slice(0, 4))).find((d) => d.date === date) ?? null;
  const weekday = weekdayOf(date);
  const weekend = weekday === 0 || weekday === 6;
  if (weekend || holiday) return { open: '09:00', close: '18:00', holiday: holiday?.name ?? null };
  return { open: '08:00', close: '21:00', holiday: null };
}

/** ISO weekday, 1 = Monday … 7 = Sunday, of a date. */
export const isoWeekdayOf = (date: string) => weekdayOf(date) || 7;

/** The call center's date now. */
export const callCenterToday = (now: Date) => todayIn(CALL_CENTER_TIME_ZONE, now);

/** The call center's date and wall time `HH:mm` of an instant. */
export function callCenterClock(now: Date): { date: string; time: string } {
  const { date, time } = zonedParts(now, CALL_CENTER_TIME_ZONE);
  return { date, time };
}
