import { queryOptions } from '@tanstack/react-query';
import { Appointment, AppointmentList } from '../../../shared/api/booking/appointments';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

export const appointmentsOfQuery = (api: Api, applicantId: string) =>
  queryOptions({
    queryKey: queryKeys.appointments.ofApplicant(applicantId),
    queryFn: ({ signal }) =>
      api('/api/appointments', { query: { applicantId }, schema: AppointmentList, signal }).then(
        (r) => r.items,
      ),
  });

/** One appointment as the server has it now (its `closure` appears when its day closes). */
export const appointmentQuery = (api: Api, appointmentId: string) =>
  queryOptions({
    queryKey: queryKeys.appointments.detail(appointmentId),
    queryFn: ({ signal }) =>
      api(`/api/appointments/${encodeURIComponent(appointmentId)}`, { schema: Appointment, signal }),
  });

/** Confirms a hold. The same key on a retry gets the same appointment, never a second one. */
export const confirmAppointment = (api: Api, holdId: string, idempotencyKey: string) =>
  api('/api/appointments', {
    method: 'POST',
    body: { holdId },
    headers: { 'idempotency-key': idempotencyKey },
    schema: Appointment,
  });

/** Cancels an appointment; with `cancelDependents`, also the coming visits that depend on it (a registration on its review). */
export const cancelAppointment = (
  api: Api,
  appointmentId: string,
  reason?: string,
  options: { cancelDependents?: boolean } = {},
) =>
  api(`/api/appointments/${encodeURIComponent(appointmentId)}/cancel`, {
    method: 'POST',
    body: { ...(reason ? { reason } : {}), ...(options.cancelDependents ? { cancelDependents: true } : {}) },
    schema: Appointment,
  });
