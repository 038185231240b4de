import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { formatLocalDate, formatTime, zoneAbbreviation } from '../../../i18n/format-zoned';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { isChangeable, type AppointmentState } from '../appointment-status';

type Props = {
  appointment: Appointment;
  state: AppointmentState;
  procedureName: string;
  consulate: Consulate | undefined;
  cancelling: boolean;
  /** The coming appointments cancelled with this one (a registration after its review), said before Yes; null when none. */
  dependentsNotice?: string | null;
  dependentsCount?: number;
  onReschedule: () => void;
  onCancel: () => void;
};

/** One appointment of the caller: what, where, when (in the consulate's zone), and what to do with it. */
export function AppointmentItem({
  appointment,
  state,
  procedureName,
  consulate,
  cancelling,
  dependentsNotice = null,
  dependentsCount = 0,
  onReschedule,
  onCancel,
}: Props) {
  const t = useT();
  const locale = useConsole((s) => s.locale);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const code = appointment.confirmationCode;

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
  }, [confirming]);

  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => cancelRef.current?.focus());
  };
  const onConfirmKeys = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !cancelling) {
      event.preventDefault();
      event.stopPropagation();
      keep();
    }
  };

  const when = consulate
    ? t('caller.appointments.when', {
        date: formatLocalDate(appointment.localStart.slice(0, 10), locale),
        time: formatTime(appointment.start, consulate.timeZone, locale),
        zone: zoneAbbreviation(appointment.start, consulate.timeZone),
      })
    : appointment.localStart.replace('T', ' ');

  return (
    <li className={`caller-appt caller-appt--${state}`}>
      <div className="caller-appt__head">
        <span className="caller-appt__procedure">{procedureName}</span>
        <span className={`caller-appt__status caller-appt__status--${state}`}>
          {t(`caller.appointments.status.${state}`)}
        </span>
      </div>
      {state === 'closed' && appointment.closure ? (
        <p className="caller-appt__closure">
          {t('caller.appointments.closedReason', {
            reason: appointment.closure.reasonText[languageOf(locale)],
          })}
        </p>
      ) : null}
      <div className="caller-appt__where">{consulate?.name ?? appointment.consulateId}</div>
      <div className="caller-appt__when">{when}</div>
      <div className="caller-appt__code">{t('caller.appointments.code', { code })}</div>
      {isChangeable(state) && !confirming ? (
        <div className="caller-appt__actions">
          {/* On a closed day, rebooking is what the call is for: the first and strongest action. */}
          <button
            type="button"
            className={`button ${state === 'closed' ? 'button--primary' : 'button--secondary'}`}
            onClick={onReschedule}
            aria-label={t('caller.appointments.rescheduleLabel', { code })}
          >
            {t('caller.appointments.reschedule')}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button button--ghost"
            onClick={() => setConfirming(true)}
            aria-label={t('caller.appointments.cancelLabel', { code })}
          >
            {t('caller.appointments.cancel')}
          </button>
        </div>
      ) : null}
      {isChangeable(state) && confirming ? (
        <div
          className="caller-appt__confirm"
          role="group"
          aria-label={t('caller.appointments.confirmCancel', { code })}
          onKeyDown={onConfirmKeys}
        >
          <p className="caller-appt__question">{t('caller.appointments.confirmCancel', { code })}</p>
          {dependentsNotice ? (
            <p className="caller-appt__dependents" role="alert">
              {dependentsNotice}
            </p>
          ) : null}
          <div className="caller-appt__actions">
            <button
              ref={yesRef}
              type="button"
              className="button button--danger"
              onClick={onCancel}
              aria-disabled={cancelling}
            >
              {cancelling
                ? t('caller.appointments.cancelling')
                : dependentsNotice
                  ? t('caller.appointments.confirmCancelAll', { count: dependentsCount })
                  : t('caller.appointments.confirmCancelYes')}
            </button>
            <button type="button" className="button button--ghost" onClick={keep} disabled={cancelling}>
              {t('caller.appointments.confirmCancelNo')}
            </button>
          </div>
          <p className="caller-appt__keys">{t('caller.appointments.confirmCancelKeys')}</p>
        </div>
      ) : null}
    </li>
  );
}
