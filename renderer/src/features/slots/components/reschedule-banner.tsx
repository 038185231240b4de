import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-client-context';
import { appointmentsOfQuery } from '../../../api/appointments';
import { releaseHold } from '../../../api/holds';
import { useT } from '../../../i18n/use-t';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';

/** While a caller's appointment is being moved: which one, and a way to stop (the hold is given back). */
export function RescheduleBanner() {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const appointmentId = useConsole((s) => s.reschedulingAppointmentId);
  const applicantId = useConsole((s) => s.applicant?.id ?? null);
  const [cancelling, setCancelling] = useState(false);
  const appointments = useQuery({ ...appointmentsOfQuery(api, applicantId ?? ''), enabled: appointmentId !== null && applicantId !== null });
  if (!appointmentId) return null;
  const code = appointments.data?.find((a) => a.id === appointmentId)?.confirmationCode;

  const cancel = async () => {
    setCancelling(true);
    const { hold } = store.getState();
    if (hold) await releaseHold(api, hold.id).catch(() => undefined);
    // Ends the reschedule: no booking made, no hold kept, the old appointment untouched.
    store.getState().setBooked(null);
    setCancelling(false);
    store.getState().focusPanel('slots');
  };

  return (
    <div className="alert alert--info slot-panel__reschedule" role="status">
      <span>{code ? t('slots.reschedule.banner', { code }) : t('slots.reschedule.bannerNoCode')}</span>
      <button type="button" className="button button--ghost" onClick={() => void cancel()} disabled={cancelling}>
        {t('slots.reschedule.cancel')}
      </button>
    </div>
  );
}
