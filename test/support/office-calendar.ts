/**
 * The office calendar as the server writes it (`server/modules/reference/calendar`): which dates a
 * consulate is closed for its holidays, for tests that need a holiday or a day that is not one.
 */
import {
  officeHolidaysOf,
  type OfficeHoliday,
} from '../../server/modules/reference/calendar/office-holidays';
import { consulates } from '../../server/modules/reference/consulates';

/** The consulate's holidays of the given years, by date. */
export function holidaysAt(consulateId: string, years: readonly number[]): OfficeHoliday[] {
  const consulate = consulates.find((c) => c.id === consulateId);
  if (!consulate) throw new Error(`unknown consulate ${consulateId}`);
  return years.flatMap((year) => officeHolidaysOf(consulate, year));
}

/** The dates of the consulate's holidays in `from`'s year and the next (a range from today onwards). */
export function holidayDatesFrom(consulateId: string, from: string): Set<string> {
  const year = Number(from.slice(0, 4));
  return new Set(holidaysAt(consulateId, [year, year + 1]).map((d) => d.date));
}

/** Whether a date is a Saturday or a Sunday. */
export const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
