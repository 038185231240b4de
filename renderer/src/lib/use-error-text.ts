import { useCallback } from 'react';
import { NotEligibleDetails } from '../../../shared/api/not-eligible';
import type { MessageId } from '../i18n/catalog';
import { useT } from '../i18n/use-t';
import { isApiError } from './api-error';
import { localToday } from './age';
import { useIneligibilityText } from './eligibility-text';

/** The operator-facing text of a failed request, from the catalog by the API's error code. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const ineligibility = useIneligibilityText();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        // A refusal for the person's age or missing CURP is worded from its facts, in the console's language.
        const notEligible = error.code === 'not_eligible' ? NotEligibleDetails.safeParse(error.details) : null;
        if (notEligible?.success) return ineligibility(notEligible.data, localToday());
        return t(`error.${error.code}` as MessageId, { detail: error.message });
      }
      return t('error.internal_error');
    },
    [t, ineligibility],
  );
}
