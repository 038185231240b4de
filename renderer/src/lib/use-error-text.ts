import { useCallback } from 'react';
import type { MessageId } from '../i18n/catalog';
import { useT } from '../i18n/use-t';
import { isApiError } from './api-error';

/** The operator-facing text of a failed request, from the catalog by the API's error code. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) return t(`error.${error.code}` as MessageId, { detail: error.message });
      return t('error.internal_error');
    },
    [t],
  );
}
