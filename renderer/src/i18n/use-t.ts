import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './catalog';

export type MessageValues = Record<string, string | number | Date | null | undefined>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** The console's one way to say something: a typed message id from the catalogs. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}
