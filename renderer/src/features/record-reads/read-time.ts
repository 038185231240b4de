import { zoneAbbreviation } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

/** The zone of the machine the lead reads on: "who looked when" is read on the reader's own clock. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "6 dic 2026, 8:41:07 a.m. CST": when, to the second, on the viewer's clock, with its zone. */
export function formatReadTime(instant: string, timeZone: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(instant));
  return `${text} ${zoneAbbreviation(instant, timeZone)}`;
}
