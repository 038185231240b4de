import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type RefObject } from 'react';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import { DependentAppointmentsDetails, type DependentAppointment } from '../../../../../shared/api/booking/dependent-appointments';
import { useApi } from '../../../api/api-client-context';
import { appointmentsOfQuery, cancelAppointment } from '../../../api/appointments';
import { queryKeys } from '../../../api/query-keys';
import { consulatesQuery, proceduresQuery } from '../../../api/reference';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { formatLocalDate } from '../../../i18n/format-zoned';
import { isApiError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { appointmentState } from '../appointment-status';
import { dependentsInList } from '../dependent-appointments';
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
  // Dependents the server named (409 dependent_appointment) that the list did not show, by appointment.
  const [reported, setReported] = useState<Record<string, DependentAppointment[]>>({});
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

  /** The coming visits that follow this appointment (a registration after its review): cancelled with it. */
  const dependentsOf = (appointment: Appointment): DependentAppointment[] =>
    reported[appointment.id] ?? dependentsInList(appointment, appointments.data ?? [], procedures.data ?? [], now);
  const dependentsNotice = (dependents: readonly DependentAppointment[]) =>
    dependents.length === 0
      ? null
      : t('caller.appointments.dependents', {
          count: dependents.length,
          list: dependents
            .map((d) => t('caller.appointments.dependentItem', { procedure: procedureName(d.procedureId), code: d.confirmationCode, date: formatLocalDate(d.date, locale, 'long') }))
            .join('; '),
        });

  const cancel = async (appointment: Appointment) => {
    if (cancellingId) return;
    setCancellingId(appointment.id);
    setError(null);
    setStatus('');
    const dependents = dependentsOf(appointment);
    try {
      // The operator confirmed with the dependents named: they go in the same transaction, or nothing does.
      await cancelAppointment(api, appointment.id, undefined, { cancelDependents: dependents.length > 0 });
      const consulates = new Set([appointment.consulateId, ...dependents.map((d) => d.consulateId)]);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.appointments.ofApplicant(applicantId) }),
        ...[...consulates].map((id) => queryClient.invalidateQueries({ queryKey: queryKeys.slots.consulate(id) })),
      ]);
      setStatus(
        dependents.length > 0
          ? t('caller.appointments.cancelledWithDependents', { codes: [appointment.confirmationCode, ...dependents.map((d) => d.confirmationCode)].join(', ') })
          : t('caller.appointments.cancelled', { code: appointment.confirmationCode }),
      );
      // The item's buttons are gone: the list keeps the focus, not the page.
      listRef.current?.focus();
    } catch (failure) {
      const named = isApiError(failure) && failure.code === 'dependent_appointment' ? DependentAppointmentsDetails.safeParse(failure.details) : null;
      // A visit the list did not show depends on it: ask again, naming it, instead of failing.
      if (named?.success) setReported((r) => ({ ...r, [appointment.id]: named.data.dependents }));
      else setError(errorText(failure));
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
              dependentsNotice={dependentsNotice(dependentsOf(appointment))}
              dependentsCount={dependentsOf(appointment).length}
              onReschedule={() => reschedule(appointment)}
              onCancel={() => void cancel(appointment)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
