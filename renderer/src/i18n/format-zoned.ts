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
  formatter(locale, { timeZone, timeZoneName: 'long' }).formatToParts(asDate(instant)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;

/** The short zone label of a grid or a clock ("PST", "GMT-7"). */
export const zoneAbbreviation = (instant: string | Date, timeZone: string, locale: Locale): string =>
  formatter(locale, { timeZone, timeZoneName: 'short' }).formatToParts(asDate(instant)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;

/** "martes, 1 de diciembre de 2026, 9:20 a.m." — the read-back, without the zone (said next). */
export const formatDateTimeInWords = (instant: string | Date, timeZone: string, locale: Locale): string =>
  formatter(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(asDate(instant));

/** A consulate-local calendar date (YYYY-MM-DD) as a day heading: "mar 1 dic". */
export function formatLocalDate(date: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const noonUtc = new Date(Date.UTC(y, m - 1, d, 12));
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' } : { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  return formatter(locale, options).format(noonUtc);
}

/** A wall time "HH:mm" of the consulate as a column heading ("9:20 a.m."), without any zone shift. */
export function formatWallTime(time: string, locale: Locale): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return formatter(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}
