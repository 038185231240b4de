import { formatTime } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * When a slot starts, as the consulate's clock says it, in a few words: "jue 10 dic 9:00 a.m." /
 * "Thu Dec 10 9:00 AM". Intl in the consulate's IANA zone, so the day and hour are the office's
 * whatever the console's own zone, across DST changes.
 */
export function formatFirstSeat(start: string, timeZone: string, locale: Locale): string {
  const key = `${locale}|${timeZone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
    dayFormats.set(key, format);
  }
  const day = format
    .formatToParts(new Date(start))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value.replace(/\.$/, ''))
    .join(' ');
  return `${day} ${formatTime(start, timeZone, locale)}`;
}
