import type { Locale } from '../../i18n/locales';

/** "5 dic 2026, 9:41 a.m. CST": an instant on a named clock, short, with the zone's letters. */
export function formatDateTimeShort(instant: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
}
