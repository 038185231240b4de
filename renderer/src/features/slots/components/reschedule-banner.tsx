import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { appointmentsOfQuery } from '../../../api/appointments';
import { useT } from '../../../i18n/use-t';
import { useConsole } from '../../../stores/console-store-context';
import { useStopReschedule } from '../hooks/use-stop-reschedule';

/** While a caller's appointment is being moved: which one, and a way to stop (the hold is given back). */
export function RescheduleBanner() {
  const t = useT();
  const api = useApi();
  const appointmentId = useConsole((s) => s.reschedulingAppointmentId);
  const applicantId = useConsole((s) => s.applicant?.id ?? null);
  const stop = useStopReschedule();
  const appointments = useQuery({
    ...appointmentsOfQuery(api, applicantId ?? ''),
    enabled: appointmentId !== null && applicantId !== null,
  });
  if (!appointmentId) return null;
  const code = appointments.data?.find((a) => a.id === appointmentId)?.confirmationCode;

  return (
    <div className="alert alert--info slot-panel__reschedule" role="status">
      <span>{code ? t('slots.reschedule.banner', { code }) : t('slots.reschedule.bannerNoCode')}</span>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => stop.mutate()}
        disabled={stop.isPending}
      >
        {t('slots.reschedule.cancel')}
      </button>
    </div>
  );
}
