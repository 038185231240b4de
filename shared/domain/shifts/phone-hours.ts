import { phoneHoursOn } from '../floor/call-center';

/** Monday 1 June 2026 … Sunday 7 June 2026: a week without Mexican holidays. */
const plainWeekDate = (isoWeekday: number) => `2026-06-0${isoWeekday}`;

/**
 * The phone hours of an ISO weekday (1 = Monday … 7 = Sunday) in a week without holidays, taken
 * from `phoneHoursOn` so the hours have one source: weekdays 08:00–21:00, weekends 09:00–18:00.
 */
export function phoneHoursOfWeekday(isoWeekday: number): { open: string; close: string } {
  const { open, close } = phoneHoursOn(plainWeekDate(isoWeekday));
  return { open, close };
}
