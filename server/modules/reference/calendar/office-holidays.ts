import { consularCalendar, type CanadianProvince, type ConsularCalendarData } from './consular-calendar-data';
import { datesOfRule, publicHolidays, type LibraryCountry, type LibraryHoliday } from './library-holidays';
import { canadianObservedDates, usObservedDate } from './observed-days';

/** A day a consulate is closed by its calendar, with the reason an operator reads out. */
export interface OfficeHoliday {
  date: string;
  name: { es: string; en: string };
  /** Where the day comes from (the library and the country's rule, or the data file's source). */
  source: string;
}

export interface CalendarConsulate {
  id: string;
  country: string;
  /** State or province; a Canadian consulate's province picks its holidays. */
  region: string;
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const inYear = (year: number) => (day: { date: string }) => day.date.startsWith(`${year}-`);

/** The operator's name of a library holiday, or null when the data file does not name it. */
export function nameOfLibraryHoliday(
  country: LibraryCountry,
  libraryName: string,
  data: ConsularCalendarData = consularCalendar(),
) {
  return data.libraryNames[country][libraryName] ?? null;
}

function fromLibrary(
  country: LibraryCountry,
  region: string | null,
  day: LibraryHoliday,
  data: ConsularCalendarData,
): OfficeHoliday {
  // A name the data file lacks (a holiday a newer library adds) still closes the day, under the library's name.
  const name = nameOfLibraryHoliday(country, day.name, data) ?? { es: day.name, en: day.name };
  return {
    date: day.date,
    name,
    source: `date-holidays ${country}${region ? `-${region}` : ''} public: ${day.name} (${day.rule})`,
  };
}

function fromRule(
  entry: { rule: string; name: { es: string; en: string }; source: string },
  year: number,
): OfficeHoliday[] {
  return datesOfRule(entry.rule, year).map((date) => ({ date, name: entry.name, source: entry.source }));
}

/**
 * Mexico's mandatory rest days (Ley Federal del Trabajo art. 74): date-holidays' MX public days
 * with the data file's corrections (1 October every six years instead of 1 December). Never moved
 * off a weekend: the LFT has no observed-day rule.
 */
export function mexicanRestDays(
  year: number,
  data: ConsularCalendarData = consularCalendar(),
): OfficeHoliday[] {
  const dropped = new Set(data.mexico.corrections.drop.map((d) => d.rule));
  return [
    ...publicHolidays('MX', null, year)
      .filter((d) => !dropped.has(d.rule))
      .map((d) => fromLibrary('MX', null, d, data)),
    ...data.mexico.corrections.add.flatMap((entry) => fromRule(entry, year)),
  ].sort(byDate);
}

/** The consular calendar's own days (Holy Thursday, Good Friday, 2 November, 12 December). */
export function consularDays(year: number, data: ConsularCalendarData = consularCalendar()): OfficeHoliday[] {
  return data.mexico.consularDays.flatMap((entry) => fromRule(entry, year)).sort(byDate);
}

/** Each holiday on its date and, when that is a weekend, again on its observed weekday. */
function withObserved(
  days: OfficeHoliday[],
  observedOf: (date: string) => string | null | undefined,
  data: ConsularCalendarData,
  source: string,
): OfficeHoliday[] {
  return days.flatMap((day) => {
    const observed = observedOf(day.date);
    if (!observed) return [day];
    const name = {
      es: `${day.name.es}${data.observed.suffix.es}`,
      en: `${day.name.en}${data.observed.suffix.en}`,
    };
    return [day, { date: observed, name, source: `${day.source}; observed: ${source}` }];
  });
}

/**
 * The 11 US federal holidays (date-holidays US public), each on its date and on the weekday
 * 5 U.S.C. 6103(b) observes it: New Year's Day of the next year on a Saturday closes 31 December.
 */
export function usFederalHolidays(
  year: number,
  data: ConsularCalendarData = consularCalendar(),
): OfficeHoliday[] {
  const days = [year - 1, year, year + 1].flatMap((y) =>
    publicHolidays('US', null, y).map((d) => fromLibrary('US', null, d, data)),
  );
  return withObserved(days, usObservedDate, data, data.observed.US.source).filter(inYear(year)).sort(byDate);
}

function canadianDaysOfYear(
  province: CanadianProvince,
  year: number,
  data: ConsularCalendarData,
): OfficeHoliday[] {
  const dropped = new Set(data.canada.drop.filter((d) => d.where.includes(province)).map((d) => d.rule));
  const days = [
    ...publicHolidays('CA', province, year)
      .filter((d) => !dropped.has(d.rule))
      .map((d) => fromLibrary('CA', province, d, data)),
    ...data.canada.add
      .filter((entry) => entry.where.includes(province))
      .flatMap((entry) => fromRule(entry, year)),
  ];
  // The library and the data may both give a day (Remembrance Day in BC): one holiday per date.
  const unique = new Map<string, OfficeHoliday>();
  for (const day of days) if (!unique.has(day.date)) unique.set(day.date, day);
  return [...unique.values()];
}

/**
 * A Canadian province's holidays for the consulates: date-holidays' public days of the province
 * with the data file's additions and removals, each on its date and, when that is a weekend, on the
 * next weekday that is not itself a holiday.
 */
export function canadianHolidays(
  province: CanadianProvince,
  year: number,
  data: ConsularCalendarData = consularCalendar(),
): OfficeHoliday[] {
  const days = [year - 1, year, year + 1].flatMap((y) => canadianDaysOfYear(province, y, data));
  const observed = canadianObservedDates(days.map((d) => d.date));
  return withObserved(days, (date) => observed.get(date), data, data.observed.CA.source)
    .filter(inYear(year))
    .sort(byDate);
}

const CANADIAN_PROVINCES: ReadonlySet<string> = new Set(['ON', 'QC', 'BC', 'AB']);

function hostHolidays(
  consulate: CalendarConsulate,
  year: number,
  data: ConsularCalendarData,
): OfficeHoliday[] {
  if (consulate.country === 'US') return usFederalHolidays(year, data);
  if (consulate.country === 'CA' && CANADIAN_PROVINCES.has(consulate.region))
    return canadianHolidays(consulate.region as CanadianProvince, year, data);
  throw new Error(`No office calendar for ${consulate.id} (${consulate.country}-${consulate.region})`);
}

/** Computed lists by data file and calendar (country, province, year): date-holidays is slow to ask. */
const computed = new WeakMap<ConsularCalendarData, Map<string, OfficeHoliday[]>>();

/** Mexico's days, the consular calendar's and the host country's for one country (and province). */
function calendarDays(
  consulate: CalendarConsulate,
  year: number,
  data: ConsularCalendarData,
): OfficeHoliday[] {
  let cache = computed.get(data);
  if (!cache) computed.set(data, (cache = new Map()));
  const key = `${consulate.country}-${consulate.country === 'CA' ? consulate.region : ''}-${year}`;
  let days = cache.get(key);
  if (!days) {
    days = [
      ...mexicanRestDays(year, data),
      ...consularDays(year, data),
      ...hostHolidays(consulate, year, data),
    ];
    cache.set(key, days);
  }
  return days;
}

/**
 * The days a consulate is closed in `year` by its calendar: Mexico's rest days, the consular
 * calendar's days, its host country's (and province's) holidays on their date and observed
 * weekday, and the one-off closures of the data file. One entry per date; where two calendars
 * give the same date, the Mexican name is the reason shown.
 */
export function officeHolidaysOf(
  consulate: CalendarConsulate,
  year: number,
  data: ConsularCalendarData = consularCalendar(),
): OfficeHoliday[] {
  const closures = data.closures
    .filter(
      (c) =>
        c.date.startsWith(`${year}-`) && (c.consulates.includes('*') || c.consulates.includes(consulate.id)),
    )
    .map((c) => ({ date: c.date, name: c.name, source: c.source }));
  const unique = new Map<string, OfficeHoliday>();
  for (const day of [...calendarDays(consulate, year, data), ...closures]) {
    if (!unique.has(day.date)) unique.set(day.date, day);
  }
  return [...unique.values()].sort(byDate);
}
