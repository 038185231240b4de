import { useCallback } from 'react';
import type { Bilingual } from '../../../shared/api/common';
import type { NotEligibleDetails } from '../../../shared/api/booking/not-eligible';
import type { Ineligibility } from '../../../shared/domain/booking/eligibility';
import { formatCalendarDate } from '../i18n/format-zoned';
import { languageOf, type Locale } from '../i18n/locales';
import { useT, type Translate } from '../i18n/use-t';
import { useConsole } from '../stores/console-store-context';

/** A refusal with the procedures' names: a 409 `not_eligible`'s details, or one the console computed. */
export type NamedIneligibility = Ineligibility & {
  procedureName: Bilingual;
  suggestedProcedureName: Bilingual | null;
};

/** Names an ineligibility computed in the console from the procedures it has loaded. */
export function nameIneligibility(
  x: Ineligibility,
  procedures: readonly { id: string; name: Bilingual }[],
): NamedIneligibility {
  const nameOf = (id: string | null) =>
    id === null ? null : (procedures.find((p) => p.id === id)?.name ?? { es: id, en: id });
  return {
    ...x,
    procedureName: nameOf(x.procedureId) as Bilingual,
    suggestedProcedureName: nameOf(x.suggestedProcedureId),
  };
}

/** "3 de marzo", with the year when it is not this year's ("3 de marzo de 2029"). */
export function sayDate(date: string, locale: Locale, today: string): string {
  const withYear = date.slice(0, 4) !== today.slice(0, 4);
  return formatCalendarDate(
    date,
    locale,
    withYear ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long' },
  );
}

function values(x: NamedIneligibility | NotEligibleDetails, locale: Locale, today: string) {
  const lang = languageOf(locale);
  return {
    age: x.age,
    date: sayDate(x.onDate, locale, today),
    procedure: x.procedureName[lang],
    suggested: x.suggestedProcedureName?.[lang] ?? '',
    hasSuggestion: x.suggestedProcedureId ? 'yes' : 'no',
  };
}

/** The full sentence the operator reads out. */
export function ineligibilityText(
  t: Translate,
  locale: Locale,
  x: NamedIneligibility | NotEligibleDetails,
  today: string,
): string {
  const common = values(x, locale, today);
  switch (x.reason) {
    case 'too_young':
      return t('eligibility.tooYoung', {
        ...common,
        minAge: x.minAge,
        eligibleFrom: sayDate(x.eligibleFrom, locale, today),
      });
    case 'too_old':
      return t('eligibility.tooOld', { ...common, limit: x.maxAge + 1 });
    case 'needs_curp':
      return t('eligibility.needsCurp', { ...common, why: x.noCurpReason ?? 'unknown' });
  }
}

/** The short mark beside a procedure in the list. */
export function ineligibilityMark(
  t: Translate,
  locale: Locale,
  x: NamedIneligibility,
  today: string,
): string {
  const common = values(x, locale, today);
  return x.reason === 'needs_curp'
    ? t('eligibility.mark.needsCurp', common)
    : t('eligibility.mark.age', common);
}

/** `ineligibilityText` in the console's language, today being the operator's. */
export function useIneligibilityText(): (
  x: NamedIneligibility | NotEligibleDetails,
  today: string,
) => string {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  return useCallback((x, today) => ineligibilityText(t, locale, x, today), [t, locale]);
}
