import type { Locale } from './locales';

/**
 * Dates and times as the caller must hear them: always in the consulate's own IANA zone, with Intl,
 * and always with the zone said. Instants are UTC strings from the API.
 */
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const asDate = (instant: string | Date) => (typeof instant === 'string' ? new Date(instant) : instant);

/** "9:20 a.m." in the zone. */
export const formatTime = (instant: string | Date, timeZone: string, locale: Locale): string =>
  formatter(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(asDate(instant));

/** The zone's name as people say it, at that instant ("hora estándar del Pacífico", "Mountain Standard Time"). */
export const zoneName = (instant: string | Date, timeZone: string, locale: Locale): string =>
  formatter(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(asDate(instant))
    .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;

/**
 * The short zone label of a grid or a clock ("PST", "MDT", "EST"), the same in both languages:
 * callers in the US and Canada know these letters, while Spanish locale data only has "GMT-7".
 * (Newfoundland and other zones without letters keep their "GMT-3:30".)
 */
export const zoneAbbreviation = (instant: string | Date, timeZone: string): string =>
  formatter('en', { timeZone, timeZoneName: 'short' })
    .formatToParts(asDate(instant))
    .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;

/**
 * "5 dic 2026, 9:41 p.m. CST" (or "…, 9:41:07 p.m. CST" with seconds): an instant on a named clock,
 * short, with the zone's letters — when a message went out, when someone read a record.
 */
export function formatDateTimeShort(
  instant: string | Date,
  timeZone: string,
  locale: Locale,
  options: { seconds?: boolean } = {},
): string {
  const text = formatter(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
  }).format(asDate(instant));
  return `${text} ${zoneAbbreviation(instant, timeZone)}`;
}

/** "martes, 1 de diciembre de 2026, 9:20 a.m." — the read-back, without the zone (said next). */
export const formatDateTimeInWords = (instant: string | Date, timeZone: string, locale: Locale): string =>
  formatter(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(asDate(instant));

/** A calendar date (YYYY-MM-DD) as noon UTC: formatted in UTC, it is that same day in every locale. */
function noonUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/**
 * A calendar date (YYYY-MM-DD: a consulate-local day, a birth date) with the given fields. The date
 * is a label, not an instant: no time zone, the consulate's or this machine's, shifts its day.
 */
export const formatCalendarDate = (
  date: string,
  locale: Locale,
  fields: Intl.DateTimeFormatOptions,
): string => formatter(locale, { ...fields, timeZone: 'UTC' }).format(noonUtc(date));

/** The same as formatCalendarDate, in Intl's parts, for a layout of one's own. */
export const formatCalendarDateToParts = (
  date: string,
  locale: Locale,
  fields: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormatPart[] =>
  formatter(locale, { ...fields, timeZone: 'UTC' }).formatToParts(noonUtc(date));

/** A consulate-local calendar date (YYYY-MM-DD) as a day heading: "mar 1 dic". */
export const formatLocalDate = (date: string, locale: Locale, style: 'short' | 'long' = 'short'): string =>
  formatCalendarDate(
    date,
    locale,
    style === 'short'
      ? { weekday: 'short', day: 'numeric', month: 'short' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  );

/** A wall time "HH:mm" of the consulate as a column heading ("9:20 a.m."), without any zone shift. */
export function formatWallTime(time: string, locale: Locale): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return formatter(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(
    new Date(Date.UTC(2000, 0, 1, h, m)),
  );
}
