import { addDays, weekdayOf } from '../../../../shared/domain/time/local-date';

const isWeekend = (date: string) => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

/**
 * The United States' federal rule, 5 U.S.C. 6103(b): a holiday on a Saturday is observed on the
 * Friday before, one on a Sunday on the Monday after. Null for a holiday on a weekday.
 */
export function usObservedDate(date: string): string | null {
  const weekday = weekdayOf(date);
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, 1);
  return null;
}

/**
 * Canada: a holiday on a Saturday or Sunday is observed on the next weekday that is not itself a
 * holiday (of the same province) nor the observed day of an earlier one: Christmas on a Saturday
 * is observed on Monday the 27th and Boxing Day, that Sunday, on Tuesday the 28th. Takes every
 * holiday date of the province (any order, several years at once) and answers, for each one on a
 * weekend, its observed date.
 */
export function canadianObservedDates(holidayDates: readonly string[]): Map<string, string> {
  const dates = [...new Set(holidayDates)].sort();
  const taken = new Set(dates.filter((d) => !isWeekend(d)));
  const observed = new Map<string, string>();
  for (const date of dates) {
    if (!isWeekend(date)) continue;
    let day = addDays(date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    observed.set(date, day);
  }
  return observed;
}
