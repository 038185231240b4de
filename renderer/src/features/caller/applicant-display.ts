import { formatCalendarDate } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

/** A birth date as read to the caller ("17 may 1984"): a calendar date, no time zone shift. */
export const formatBirthDate = (date: string, locale: Locale): string => formatCalendarDate(date, locale, { day: 'numeric', month: 'short', year: 'numeric' });
