import Holidays from 'date-holidays';

/** One public holiday as date-holidays gives it: the date, its rule and its English name. */
export interface LibraryHoliday {
  date: string;
  rule: string;
  /** The library's English name: the key of `libraryNames` in the calendar data. */
  name: string;
}

export type LibraryCountry = 'MX' | 'US' | 'CA';

const calendars = new Map<string, Holidays>();

function calendarOf(country: LibraryCountry, region: string | null): Holidays {
  const key = `${country}-${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = region ? new Holidays(country, region) : new Holidays(country);
    calendars.set(key, calendar);
  }
  return calendar;
}

/**
 * The days date-holidays types `public` for a country (and province) in `year`, on their own
 * date. The library's substitute days are left out on purpose: observed days are computed by each
 * country's own rule (`observed-days.ts`), since the library's flags are not always right.
 */
export function publicHolidays(
  country: LibraryCountry,
  region: string | null,
  year: number,
): LibraryHoliday[] {
  // The library computes every rule of the country on each call: a year is asked once.
  const key = `${country}-${region ?? ''}-${year}`;
  let days = publicByYear.get(key);
  if (!days) {
    days = calendarOf(country, region)
      .getHolidays(year, 'en')
      .filter((h) => h.type === 'public' && !h.substitute)
      .map((h) => ({ date: h.date.slice(0, 10), rule: h.rule, name: h.name }));
    publicByYear.set(key, days);
  }
  return days.map((d) => ({ ...d }));
}

const publicByYear = new Map<string, LibraryHoliday[]>();

const ruleCalendars = new Map<string, Holidays>();

/**
 * The dates a date-holidays rule (`easter -3`, `10-01 every 6 years since 2024`, `1st monday in
 * August`) gives in `year`. Throws on a rule the library cannot read, naming it.
 */
export function datesOfRule(rule: string, year: number): string[] {
  let calendar = ruleCalendars.get(rule);
  if (!calendar) {
    calendar = new Holidays();
    if (!calendar.setHoliday(rule, { name: rule, type: 'public' }))
      throw new Error(`date-holidays cannot read the rule "${rule}" of the office calendar`);
    ruleCalendars.set(rule, calendar);
  }
  return calendar.getHolidays(year).map((h) => h.date.slice(0, 10));
}
