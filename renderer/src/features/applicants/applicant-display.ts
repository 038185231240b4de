import type { Applicant } from '../../../../shared/api/applicants';
import type { MessageId } from '../../i18n/catalog';
import { formatCalendarDate } from '../../i18n/format-zoned';
import type { Locale } from '../../i18n/locales';

/** A birth date as read to the caller ("17 may 1984"): a calendar date, no time zone shift. */
export const formatBirthDate = (date: string, locale: Locale): string =>
  formatCalendarDate(date, locale, { day: 'numeric', month: 'short', year: 'numeric' });

/** What stands in for the CURP of a person without one: "Sin CURP (…)" with the reason; null with a CURP. */
export const noCurpMessage = (applicant: Pick<Applicant, 'curp' | 'noCurpReason'>): MessageId | null =>
  applicant.curp === null && applicant.noCurpReason !== null
    ? `caller.noCurp.${applicant.noCurpReason}`
    : null;
