import { useQuery } from '@tanstack/react-query';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { Procedure } from '../../../../../shared/api/reference/procedures';
import { useApi } from '../../../api/api-client-context';
import { procedureFeesQuery } from '../../../api/reference';
import { formatCalendarDate } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';

type Props = { appointment: Appointment; consulate: Consulate; procedure: Procedure | null };

/**
 * What the caller needs to go to the appointment: the consulate's street address, what to bring
 * (the service's requirements) and the fee in force on the appointment's own date at that
 * consulate, in its currency (next year's fees, when the date falls there and they are not
 * published, are said to be confirmed with the consulate, never guessed).
 */
export function ReadbackVisitFacts({ appointment, consulate, procedure }: Props) {
  const t = useT();
  const api = useApi();
  const locale = useConsole((s) => s.locale);
  const lang = languageOf(locale);
  const date = appointment.localStart.slice(0, 10);
  const fees = useQuery(procedureFeesQuery(api, consulate.id, date));
  const lines = fees.data?.find((p) => p.id === appointment.procedureId)?.fees;
  const money = (amount: number, currency: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);

  return (
    <>
      <div>
        <dt>{t('booking.readback.address')}</dt>
        <dd>{consulate.address ?? t('booking.readback.addressUnknown')}</dd>
      </div>
      {procedure ? (
        <div>
          <dt>{t('booking.readback.bring')}</dt>
          <dd>
            {procedure.requirements.length === 0 ? (
              t('booking.readback.bringNothing')
            ) : (
              <ul className="booking-readback__bring">
                {procedure.requirements.map((r, i) => (
                  <li key={i}>{r[lang]}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>
          {t('booking.readback.fee', {
            date: formatCalendarDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' }),
          })}
        </dt>
        <dd>
          {lines === undefined ? (
            fees.isError ? (
              t('booking.readback.feeError')
            ) : (
              t('booking.readback.feeLoading')
            )
          ) : lines.length === 0 ? (
            t('booking.readback.feeNone')
          ) : (
            <ul className="booking-readback__fees">
              {lines.map((fee, i) => (
                <li key={i}>
                  {fee.label[lang]}:{' '}
                  {fee.amount === null
                    ? t('booking.readback.feeUnknown')
                    : fee.amount === 0
                      ? t('booking.readback.feeFree')
                      : money(fee.amount, fee.currency)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </>
  );
}
