import type { Applicant } from '../../../../shared/api/applicants';
import type { Locale } from '../../i18n/locales';

/** Given names and both surnames, as the caller says them. */
export const fullName = (a: Pick<Applicant, 'givenNames' | 'firstSurname' | 'secondSurname'>): string =>
  [a.givenNames, a.firstSurname, a.secondSurname].filter(Boolean).join(' ');

/** Today's calendar date where the operator sits, `YYYY-MM-DD`. */
export const localToday = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Completed years between a birth date and `today` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const birthDateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A birth date as read to the caller ("17 may 1984"): a calendar date, no time zone shift. */
export function formatBirthDate(date: string, locale: Locale): string {
  let format = birthDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
    birthDateFormats.set(locale, format);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format.format(new Date(Date.UTC(y, m - 1, d, 12)));
}
