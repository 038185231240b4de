import { useQuery } from '@tanstack/react-query';
import { useId, type Ref } from 'react';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import { spellPhonetic } from '../../../../../shared/domain/booking/confirmation-code';
import { useApi } from '../../../api/api-client-context';
import { appointmentQuery } from '../../../api/appointments';
import { actionShortcuts } from '../../../commands/keymap';
import { shortcutLabel } from '../../../commands/shortcut';
import { formatDateTimeInWords, zoneName } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { useBookingDetails } from '../hooks/use-booking-details';
import { PrintConfirmation } from './print-confirmation';
import { ReadbackVisitFacts } from './readback-visit-facts';

/** While the read-back is on screen the appointment is read again now and then (its day may close). */
const RECHECK_MS = 30_000;

/**
 * The booking as the operator reads it aloud: service, date and time in words in the consulate's
 * own zone (named), the confirmation code, large, then spelled out (the two things the caller must
 * write down, first), then where to go (consulate, city and address), what to bring and the fee in
 * force on that date. If the consulate is closed that day, that comes first, so nobody reads out a
 * date that will not happen.
 */
export function BookingReadback({
  appointment: booked,
  headingRef,
}: {
  appointment: Appointment;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useT();
  const api = useApi();
  const locale = useConsole((s) => s.locale);
  // The server's word wins: a closure of the day shows here as soon as a seat event or a recheck brings it.
  // Shown at once from the booking, and read again on showing (its day may have closed meanwhile).
  const appointment = useQuery({
    ...appointmentQuery(api, booked.id),
    initialData: booked,
    initialDataUpdatedAt: 0,
    refetchInterval: RECHECK_MS,
  }).data;
  const closure = appointment.status === 'booked' ? appointment.closure : null;
  const { consulate, procedure } = useBookingDetails(appointment.consulateId, appointment.procedureId, null);
  const code = appointment.confirmationCode;
  const words = spellPhonetic(code, languageOf(locale));
  const desktop = typeof window !== 'undefined' && window.miconsulado !== undefined;
  const headingId = useId();

  return (
    <section className="booking-readback" aria-labelledby={headingId}>
      <h3 id={headingId} className="booking-readback__heading" tabIndex={-1} ref={headingRef}>
        {closure ? t('booking.readback.closedHeading') : t('booking.readback.heading')}
      </h3>
      {closure ? (
        <p className="alert alert--warning booking-readback__closure" role="alert">
          {t('booking.readback.closure', { reason: closure.reasonText[languageOf(locale)] })}
        </p>
      ) : null}
      <dl className="booking-facts booking-facts--readback">
        <div>
          <dt>{t('booking.readback.procedure')}</dt>
          <dd>{procedure ? procedure.name[languageOf(locale)] : appointment.procedureId}</dd>
        </div>
        {consulate ? (
          <div>
            <dt>{t('booking.readback.when')}</dt>
            <dd className={`booking-readback__when${closure ? ' booking-readback__when--void' : ''}`}>
              {t('booking.when', {
                dateTime: formatDateTimeInWords(appointment.start, consulate.timeZone, locale),
                zone: zoneName(appointment.start, consulate.timeZone, locale),
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('booking.readback.code')}</dt>
          <dd>
            <span className="booking-code" aria-hidden="true">
              {[...code].map((c, i) => (
                <span key={i}>{c}</span>
              ))}
            </span>
            <span className="visually-hidden">{[...code].join(' ')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('booking.readback.spelled')}</dt>
          <dd>
            <ol className="booking-phonetic">
              {words.map((word, i) => (
                <li key={i}>{word}</li>
              ))}
            </ol>
          </dd>
        </div>
        {consulate ? (
          <>
            <div>
              <dt>{t('booking.readback.place')}</dt>
              <dd>
                {t('booking.place', { name: consulate.name, city: consulate.city, region: consulate.region })}
              </dd>
            </div>
            <ReadbackVisitFacts appointment={appointment} consulate={consulate} procedure={procedure} />
          </>
        ) : null}
      </dl>
      {desktop ? <PrintConfirmation code={code} /> : null}
      <p className="booking-readback__end">
        {t('booking.endCall', { shortcut: shortcutLabel(actionShortcuts.endCall) })}
      </p>
    </section>
  );
}
