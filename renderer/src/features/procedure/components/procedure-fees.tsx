import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { Currency, Fee } from '../../../../../shared/api/reference/procedures';
import { useApi } from '../../../api/api-client-context';
import { procedureFeesQuery } from '../../../api/reference';
import { formatCalendarDate } from '../../../i18n/format-zoned';
import type { Locale } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole } from '../../../stores/console-store-context';

type Props = {
  procedureId: string;
  lang: 'es' | 'en';
  /** The consulate chosen on the call; null: the US amounts, said to depend on the consulate. */
  consulate: Consulate | null;
  /** The consulate-local date the fees apply on; null: the server's today. */
  date: string | null;
  /** Whether `date` is the appointment's (the slot chosen) rather than today. */
  isSlotDate: boolean;
  /** Anything to show under the fees (the time at the window). */
  footer?: ReactNode;
  headingId: string;
};

const amountFormat = (locale: Locale, currency: Currency) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency });

/**
 * The fees the operator reads out: in force at the caller's consulate, in its currency, on the
 * appointment's date (today until a slot is chosen). An amount nobody has published is said to be
 * confirmed with the consulate, never guessed.
 */
export function ProcedureFees({ procedureId, lang, consulate, date, isSlotDate, footer, headingId }: Props) {
  const t = useT();
  const api = useApi();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const query = useQuery(procedureFeesQuery(api, consulate?.id ?? null, date));
  const fees: Fee[] = query.data?.find((p) => p.id === procedureId)?.fees ?? [];
  const currency: Currency = fees[0]?.currency ?? (consulate?.country === 'CA' ? 'CAD' : 'USD');

  const where = !consulate
    ? t('procedure.fees.noConsulate')
    : t(isSlotDate ? 'procedure.fees.atSlot' : 'procedure.fees.atToday', {
        city: consulate.city,
        date: date
          ? formatCalendarDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' })
          : '',
        currency: t(currency === 'CAD' ? 'procedure.fees.currency.CAD' : 'procedure.fees.currency.USD'),
      });

  return (
    <section className="procedure-details__fees" aria-labelledby={headingId}>
      <h3 id={headingId} className="procedure-details__heading">
        {t('procedure.fees')}
      </h3>
      <p className="procedure-details__muted procedure-details__fee-context">{where}</p>
      {query.isPending ? (
        <p className="procedure-details__muted" role="status">
          {t('procedure.fees.loading')}
        </p>
      ) : query.error ? (
        <p className="alert alert--error" role="alert">
          {t('procedure.fees.loadError', { error: errorText(query.error) })}
        </p>
      ) : fees.length === 0 ? (
        <p className="procedure-details__muted">{t('procedure.fees.none')}</p>
      ) : (
        <dl className="procedure-details__fee-list">
          {fees.map((fee, index) => (
            <div key={index} className="procedure-details__fee">
              <dt>{fee.label[lang]}</dt>
              <dd className={fee.amount === null ? 'procedure-details__fee-unknown' : undefined}>
                {fee.amount === null
                  ? t('procedure.fees.unknown')
                  : amountFormat(locale, fee.currency).format(fee.amount)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {footer}
    </section>
  );
}
