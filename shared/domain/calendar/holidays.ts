/**
 * Mexico's mandatory rest days (Ley Federal del Trabajo, art. 74): the call center's own calendar,
 * which gives a date the weekend phone hours. Computed by rule, pure and small, because the console
 * needs it too. The consulates' office calendar (these days plus the consular calendar's and the
 * host country's holidays) is the server's, from date-holidays and data
 * (`server/modules/reference/calendar`); a server test checks these rules against date-holidays.
 */
import { addDays, weekdayOf } from '../time/local-date';

export type ClosedDay = { date: string; name: { es: string; en: string } };

const pad2 = (n: number) => String(n).padStart(2, '0');
const ymd = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/** The nth (1-based) given weekday of a month, e.g. third Monday of March. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = ymd(year, month, 1);
  const shift = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

const MONDAY = 1;

/**
 * LFT art. 74 fr. VII, as reformed in the DOF of 2024-09-30: 1 October every six years, when the
 * federal executive changes hands (2024, 2030, …). Before the reform it was 1 December.
 */
export const isInaugurationYear = (year: number) => year >= 2024 && (year - 2024) % 6 === 0;

/** Mexico's mandatory rest days (the call center's own holidays), by date. */
export function mexicanHolidays(year: number): ClosedDay[] {
  const days: ClosedDay[] = [
    { date: ymd(year, 1, 1), name: { es: 'Año Nuevo', en: "New Year's Day" } },
    {
      date: nthWeekdayOfMonth(year, 2, MONDAY, 1),
      name: { es: 'Día de la Constitución', en: 'Constitution Day' },
    },
    {
      date: nthWeekdayOfMonth(year, 3, MONDAY, 3),
      name: { es: 'Natalicio de Benito Juárez', en: "Benito Juárez's Birthday" },
    },
    { date: ymd(year, 5, 1), name: { es: 'Día del Trabajo', en: 'Labor Day (Mexico)' } },
    { date: ymd(year, 9, 16), name: { es: 'Día de la Independencia', en: 'Mexican Independence Day' } },
    {
      date: nthWeekdayOfMonth(year, 11, MONDAY, 3),
      name: { es: 'Día de la Revolución', en: 'Revolution Day' },
    },
    { date: ymd(year, 12, 25), name: { es: 'Navidad', en: 'Christmas Day' } },
  ];
  if (isInaugurationYear(year))
    days.push({
      date: ymd(year, 10, 1),
      name: { es: 'Transmisión del Poder Ejecutivo Federal', en: 'Presidential inauguration (Mexico)' },
    });
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
