import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { NotEligibleDetails } from '../../../shared/api/booking/not-eligible';
import { PrerequisiteMissingDetails } from '../../../shared/api/booking/prerequisite-missing';
import { messageEntries, type MessageId } from '../i18n/catalog';
import { useT } from '../i18n/use-t';
import { useConsole } from '../stores/console-store-context';
import { localToday } from './age';
import { isApiError } from './api-error';
import { useIneligibilityText } from './eligibility-text';
import { invalidFieldLabels } from './invalid-fields';
import { prerequisiteText } from './prerequisite-text';

/**
 * The operator-facing text of a failed request, in the console's language: from the catalog by
 * the API's error code (and its details), never the server's own sentence; a code the console
 * does not know gets a general sentence.
 */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const intl = useIntl();
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
        const fields = error.code === 'invalid_request' ? invalidFieldLabels(error.details) : [];
        if (fields.length > 0)
          return t('error.invalid_request.fields', {
            fields: intl.formatList(
              fields.map((id) => t(id)),
              { type: 'conjunction' },
            ),
          });
        const id = `error.${error.code}`;
        return id in messageEntries ? t(id as MessageId) : t('error.unrecognized');
      }
      return t('error.internal_error');
    },
    [t, intl, ineligibility, locale],
  );
}
