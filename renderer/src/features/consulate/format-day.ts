import type { Locale } from '../../i18n/locales';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A consulate-local date (YYYY-MM-DD) as a short chip label, "lun 30 nov" / "Mon Nov 30": weekday,
 * day and month only, so four fit on one line above the grid. No zone shift: the date is a label.
 */
export function formatDayChip(date: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
    formatters.set(locale, formatter);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatter
    .formatToParts(new Date(Date.UTC(y, m - 1, d, 12)))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value.replace(/\.$/, ''))
    .join(' ');
}
