/**
 * Days a Mexican consulate is closed: Mexico's mandatory rest days (Ley Federal del
 * Trabajo, art. 74) plus the host country's federal holidays, since consulates follow
 * both calendars. Computed by rule so any year works without a data file.
 */
import { addDays, weekdayOf } from '../time/local-date';

export type ClosedDay = { date: string; name: { es: string; en: string } };

type Country = 'US' | 'CA';

const pad2 = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/** The nth (1-based) given weekday of a month, e.g. third Monday of March. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = ymd(year, month, 1);
  const shift = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

/** The last given weekday of a month, e.g. last Monday of May. */
export function lastWeekdayOfMonth(year: number, month: number, weekday: number): string {
  const last = addDays(month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1), -1);
  const shift = (weekdayOf(last) - weekday + 7) % 7;
  return addDays(last, -shift);
}

const MONDAY = 1;
const THURSDAY = 4;

/** Mexico's mandatory rest days (the call center's own holidays). */
export function mexicanHolidays(year: number): ClosedDay[] {
  return [
    { date: ymd(year, 1, 1), name: { es: 'Año Nuevo', en: "New Year's Day" } },
    { date: nthWeekdayOfMonth(year, 2, MONDAY, 1), name: { es: 'Día de la Constitución', en: 'Constitution Day' } },
    { date: nthWeekdayOfMonth(year, 3, MONDAY, 3), name: { es: 'Natalicio de Benito Juárez', en: "Benito Juárez's Birthday" } },
    { date: ymd(year, 5, 1), name: { es: 'Día del Trabajo', en: 'Labor Day (Mexico)' } },
    { date: ymd(year, 9, 16), name: { es: 'Día de la Independencia', en: 'Mexican Independence Day' } },
    { date: nthWeekdayOfMonth(year, 11, MONDAY, 3), name: { es: 'Día de la Revolución', en: 'Revolution Day' } },
    { date: ymd(year, 12, 25), name: { es: 'Navidad', en: 'Christmas Day' } },
  ];
}

function usHolidays(year: number): ClosedDay[] {
  return [
    { date: lastWeekdayOfMonth(year, 5, MONDAY), name: { es: 'Día de los Caídos (EE. UU.)', en: 'Memorial Day' } },
    { date: ymd(year, 7, 4), name: { es: 'Día de la Independencia de EE. UU.', en: 'Independence Day' } },
    { date: nthWeekdayOfMonth(year, 9, MONDAY, 1), name: { es: 'Día del Trabajo (EE. UU.)', en: 'Labor Day' } },
    { date: nthWeekdayOfMonth(year, 11, THURSDAY, 4), name: { es: 'Día de Acción de Gracias', en: 'Thanksgiving Day' } },
  ];
}

function canadianHolidays(year: number): ClosedDay[] {
  return [
    { date: ymd(year, 7, 1), name: { es: 'Día de Canadá', en: 'Canada Day' } },
    { date: nthWeekdayOfMonth(year, 9, MONDAY, 1), name: { es: 'Día del Trabajo (Canadá)', en: 'Labour Day' } },
    { date: nthWeekdayOfMonth(year, 10, MONDAY, 2), name: { es: 'Día de Acción de Gracias (Canadá)', en: 'Thanksgiving Day (Canada)' } },
  ];
}

export function closedDaysFor(country: Country, year: number): ClosedDay[] {
  const all = [...mexicanHolidays(year), ...(country === 'US' ? usHolidays(year) : canadianHolidays(year))];
  // A coincidence of two holidays is still one closed day; the Mexican name comes first.
  const byDate = new Map<string, ClosedDay>();
  for (const day of all) if (!byDate.has(day.date)) byDate.set(day.date, day);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
