import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type RefObject } from 'react';
import type { Appointment } from '../../../../../shared/api/appointments';
import { useApi } from '../../../api/api-client-context';
import { appointmentsOfQuery, cancelAppointment } from '../../../api/appointments';
import { queryKeys } from '../../../api/query-keys';
import { consulatesQuery, proceduresQuery } from '../../../api/reference';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { appointmentState } from '../appointment-status';
import { AppointmentItem } from './appointment-item';

type Props = { applicantId: string; listRef: RefObject<HTMLDivElement | null> };

/** The caller's appointments: the one they call about is often here, to move or cancel. */
export function AppointmentsList({ applicantId, listRef }: Props) {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const appointments = useQuery(appointmentsOfQuery(api, applicantId));
  const procedures = useQuery(proceduresQuery(api));
  const consulates = useQuery(consulatesQuery(api));
  const [cancellingId, setCancellingId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const language = languageOf(locale);
  const now = Date.now();

  const procedureName = useMemo(() => {
    const names = new Map((procedures.data ?? []).map((p) => [p.id, p.name[language]]));
    return (id: string) => names.get(id) ?? id;
  }, [procedures.data, language]);
  const consulateOf = useMemo(() => {
    const byId = new Map((consulates.data ?? []).map((c) => [c.id, c]));
    return (id: string) => byId.get(id);
  }, [consulates.data]);

  const reschedule = (appointment: Appointment) => {
    store.getState().startReschedule(appointment);
    store.getState().focusPanel('slots');
  };

  const cancel = async (appointment: Appointment) => {
    if (cancellingId) return;
    setCancellingId(appointment.id);
    setError(null);
    setStatus('');
    try {
      await cancelAppointment(api, appointment.id);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.appointments.ofApplicant(applicantId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.slots.consulate(appointment.consulateId) }),
      ]);
      setStatus(t('caller.appointments.cancelled', { code: appointment.confirmationCode }));
      // The item's buttons are gone: the list keeps the focus, not the page.
      listRef.current?.focus();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setCancellingId(null);
    }
  };

  return (
    <div ref={listRef} className="caller-appts" tabIndex={-1} role="region" aria-labelledby={headingId}>
      <h3 id={headingId} className="caller-appts__title">
        {t('caller.appointments.title')} <Kbd shortcut={actionShortcuts.appointments} />
      </h3>
      <p role="status" className="caller-appts__status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="alert alert--error">
          {error}
        </p>
      ) : null}
      {appointments.isPending ? <p className="empty-state">{t('caller.appointments.loading')}</p> : null}
      {appointments.isError ? (
        <p role="alert" className="alert alert--error">
          {errorText(appointments.error)}
        </p>
      ) : null}
      {appointments.data && appointments.data.length === 0 ? <p className="empty-state">{t('caller.appointments.none')}</p> : null}
      {appointments.data && appointments.data.length > 0 ? (
        <ul className="caller-appts__list">
          {appointments.data.map((appointment) => (
            <AppointmentItem
              key={appointment.id}
              appointment={appointment}
              state={appointmentState(appointment, now)}
              procedureName={procedureName(appointment.procedureId)}
              consulate={consulateOf(appointment.consulateId)}
              cancelling={cancellingId === appointment.id}
              onReschedule={() => reschedule(appointment)}
              onCancel={() => void cancel(appointment)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
