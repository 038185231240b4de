import type { PrerequisiteMissingDetails } from '../../../shared/api/booking/prerequisite-missing';
import { formatLocalDate } from '../i18n/format-zoned';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/use-t';

/** A chained visit refused (a registration too soon after its review, elsewhere, or a move that strands one), with its dates. */
export function prerequisiteText(
  t: Translate,
  locale: Locale,
  details: PrerequisiteMissingDetails,
): string | null {
  const day = (date: string) => formatLocalDate(date, locale, 'long');
  if ('dependents' in details) {
    return details.dependents.length > 0
      ? t('error.prerequisite_missing.breaks', {
          codes: details.dependents.map((d) => `${d.confirmationCode} (${day(d.date)})`).join(', '),
        })
      : null;
  }
  const before = details.prerequisite;
  if (!before) return null;
  if (details.firstAllowedDate)
    return t('error.prerequisite_missing.tooSoon', {
      code: before.confirmationCode,
      date: day(before.date),
      firstAllowed: day(details.firstAllowedDate),
      gap: details.gapDays,
    });
  return t('error.prerequisite_missing.elsewhere', {
    code: before.confirmationCode,
    date: day(before.date),
    consulate: before.consulateId,
  });
}
