import { formatCalendarDateToParts } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

/**
 * A consulate-local date (YYYY-MM-DD) as a short chip label, "lun 30 nov" / "Mon Nov 30": weekday,
 * day and month only, so four fit on one line above the grid. No zone shift: the date is a label.
 */
export const formatDayChip = (date: string, locale: Locale): string =>
  formatCalendarDateToParts(date, locale, { weekday: 'short', day: 'numeric', month: 'short' })
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value.replace(/\.$/, ''))
    .join(' ');
