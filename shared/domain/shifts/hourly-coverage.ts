import type { Shift } from '../../api/shifts';
import { phoneHoursOn } from '../floor/call-center';
import { shiftsOn } from './day-schedule';
import { minutesOf } from './wall-time';

/**
 * How many of these weeks have someone on the phones during each hour of a date's phone hours:
 * a shift counts in every hour it touches (08:30–12:00 counts in 8, 9, 10 and 11).
 */
export function scheduledByHour(
  weeks: readonly (readonly Shift[])[],
  date: string,
): { hour: number; scheduled: number }[] {
  const { open, close } = phoneHoursOn(date);
  const first = Math.floor(minutesOf(open) / 60);
  const last = Math.ceil(minutesOf(close) / 60);
  const days = weeks.map((week) =>
    shiftsOn(week, date).map((s) => ({ start: minutesOf(s.start), end: minutesOf(s.end) })),
  );
  const hours: { hour: number; scheduled: number }[] = [];
  for (let hour = first; hour < last; hour++) {
    const from = hour * 60;
    const to = from + 60;
    hours.push({
      hour,
      scheduled: days.filter((day) => day.some((s) => s.start < to && from < s.end)).length,
    });
  }
  return hours;
}
