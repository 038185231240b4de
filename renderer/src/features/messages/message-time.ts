import { zoneAbbreviation } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

/**
 * "5 dic 2026, 9:41 p.m. CST": an instant on a named clock, short, with the zone's letters (the same
 * in both languages: Spanish locale data would say "GMT-6").
 */
export function formatDateTimeShort(instant: string, timeZone: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
  return `${text} ${zoneAbbreviation(instant, timeZone)}`;
}
