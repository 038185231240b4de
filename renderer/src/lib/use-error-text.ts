import { useCallback } from 'react';
import { NotEligibleDetails } from '../../../shared/api/booking/not-eligible';
import { PrerequisiteMissingDetails } from '../../../shared/api/booking/prerequisite-missing';
import type { MessageId } from '../i18n/catalog';
import { useT } from '../i18n/use-t';
import { useConsole } from '../stores/console-store-context';
import { localToday } from './age';
import { isApiError } from './api-error';
import { useIneligibilityText } from './eligibility-text';
import { prerequisiteText } from './prerequisite-text';

/** The operator-facing text of a failed request, from the catalog by the API's error code. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const ineligibility = useIneligibilityText();
  const locale = useConsole((s) => s.locale);
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        // A refusal for the person's age or missing CURP is worded from its facts, in the console's language.
        const notEligible =
          error.code === 'not_eligible' ? NotEligibleDetails.safeParse(error.details) : null;
        if (notEligible?.success) return ineligibility(notEligible.data, localToday());
        const chain =
          error.code === 'prerequisite_missing' ? PrerequisiteMissingDetails.safeParse(error.details) : null;
        if (chain?.success) {
          const text = prerequisiteText(t, locale, chain.data);
          if (text) return text;
        }
        return t(`error.${error.code}` as MessageId, { detail: error.message });
      }
      return t('error.internal_error');
    },
    [t, ineligibility, locale],
  );
}
