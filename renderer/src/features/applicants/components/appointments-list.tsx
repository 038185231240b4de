import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type RefObject } from 'react';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import type { DependentAppointment } from '../../../../../shared/api/booking/dependent-appointments';
import { useApi } from '../../../api/api-client-context';
import { appointmentsOfQuery } from '../../../api/appointments';
import { consulatesQuery, proceduresQuery } from '../../../api/reference';
import { actionShortcuts } from '../../../commands/keymap';
import { Kbd } from '../../../components/kbd';
import { languageOf } from '../../../i18n/locales';
import { useT } from '../../../i18n/use-t';
import { formatLocalDate } from '../../../i18n/format-zoned';
import { useErrorText } from '../../../lib/use-error-text';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { appointmentState } from '../appointment-status';
import { dependentsInList } from '../dependent-appointments';
import { dependentsNamedBy, useCancelAppointment } from '../hooks/use-cancel-appointment';
import { AppointmentItem } from './appointment-item';

type Props = { applicantId: string; listRef: RefObject<HTMLDivElement | null> };

/** The caller's appointments: the one they call about is often here, to move or cancel. */
export function AppointmentsList({ applicantId, listRef }: Props) {
  const t = useT();
  const api = useApi();
  const store = useConsoleStore();
  const cancelling = useCancelAppointment();
  const errorText = useErrorText();
  const locale = useConsole((s) => s.locale);
  const appointments = useQuery(appointmentsOfQuery(api, applicantId));
  const procedures = useQuery(proceduresQuery(api));
  const consulates = useQuery(consulatesQuery(api));
  // Dependents the server named (409 dependent_appointment) that the list did not show, by appointment.
  const [reported, setReported] = useState<Record<string, DependentAppointment[]>>({});
  const [status, setStatus] = useState('');
  const cancellingId = cancelling.isPending ? cancelling.variables.appointment.id : null;
  // A refusal that names dependents is not an error: the item asks again, naming them.
  const error =
    cancelling.isError && !dependentsNamedBy(cancelling.error) ? errorText(cancelling.error) : null;
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
    reported[appointment.id] ??
    dependentsInList(appointment, appointments.data ?? [], procedures.data ?? [], now);
  const dependentsNotice = (dependents: readonly DependentAppointment[]) =>
    dependents.length === 0
      ? null
      : t('caller.appointments.dependents', {
          count: dependents.length,
          list: dependents
            .map((d) =>
              t('caller.appointments.dependentItem', {
                procedure: procedureName(d.procedureId),
                code: d.confirmationCode,
                date: formatLocalDate(d.date, locale, 'long'),
              }),
            )
            .join('; '),
        });

  const cancel = (appointment: Appointment) => {
    if (cancelling.isPending) return;
    setStatus('');
    const dependents = dependentsOf(appointment);
    cancelling.mutate(
      { appointment, dependents },
      {
        onSuccess: () => {
          setStatus(
            dependents.length > 0
              ? t('caller.appointments.cancelledWithDependents', {
                  codes: [appointment.confirmationCode, ...dependents.map((d) => d.confirmationCode)].join(
                    ', ',
                  ),
                })
              : t('caller.appointments.cancelled', { code: appointment.confirmationCode }),
          );
          // The item's buttons are gone: the list keeps the focus, not the page.
          listRef.current?.focus();
        },
        onError: (failure) => {
          // A visit the list did not show depends on it: ask again, naming it, instead of failing.
          const named = dependentsNamedBy(failure);
          if (named) setReported((r) => ({ ...r, [appointment.id]: named }));
        },
      },
    );
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
      {appointments.data && appointments.data.length === 0 ? (
        <p className="empty-state">{t('caller.appointments.none')}</p>
      ) : null}
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
              onCancel={() => cancel(appointment)}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
