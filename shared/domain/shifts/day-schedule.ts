import type { Shift } from '../../api/shifts';
import { isoWeekdayOf, phoneHoursOn } from '../floor/call-center';
import { minutesOf, wallTimeOf } from './wall-time';

export interface DayShift {
  start: string;
  end: string;
}

/**
 * The shifts of a week that fall on a call-center date, within that date's phone hours, by start.
 * On a Mexican holiday the phones keep weekend hours, so a weekday shift is clipped to
 * 09:00–18:00 (and dropped if nothing is left of it).
 */
export function shiftsOn(week: readonly Shift[], date: string): DayShift[] {
  const weekday = isoWeekdayOf(date);
  const hours = phoneHoursOn(date);
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close);
  return week
    .filter((s) => s.weekday === weekday)
    .map((s) => ({ start: Math.max(minutesOf(s.start), open), end: Math.min(minutesOf(s.end), close) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: wallTimeOf(s.start), end: wallTimeOf(s.end) }));
}

/** Whether the week has someone on the phones at this call-center date and wall time `HH:mm`. */
export function isScheduledAt(week: readonly Shift[], date: string, time: string): boolean {
  return shiftAt(shiftsOn(week, date), time) !== null;
}

/** The shift of a day in effect at `time` (start inclusive, end exclusive), or null. */
export function shiftAt(day: readonly DayShift[], time: string): DayShift | null {
  const at = minutesOf(time);
  return day.find((s) => minutesOf(s.start) <= at && at < minutesOf(s.end)) ?? null;
}

/**
 * The one shift to show for a day at `time`: the one in effect, else the next to start, else the
 * day's last; null on a day off.
 */
export function shiftToShow(day: readonly DayShift[], time: string): DayShift | null {
  const at = minutesOf(time);
  return shiftAt(day, time) ?? day.find((s) => minutesOf(s.start) > at) ?? day.at(-1) ?? null;
}
