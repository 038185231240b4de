import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../../../shared/api/booking/appointments';
import {
  DependentAppointmentsDetails,
  type DependentAppointment,
} from '../../../../../shared/api/booking/dependent-appointments';
import { useApi } from '../../../api/api-client-context';
import { cancelAppointment } from '../../../api/appointments';
import { queryKeys } from '../../../api/query-keys';
import { isApiError } from '../../../lib/api-error';
import { useConsoleStore } from '../../../stores/console-store-context';

export type CancelRequest = { appointment: Appointment; dependents: readonly DependentAppointment[] };

/**
 * Cancels an appointment with the coming visits that depend on it (the operator confirmed with
 * them named: they go in the same transaction, or nothing does). Done once the caller's list and
 * the seats of every consulate involved are read again.
 */
export function useCancelAppointment() {
  const api = useApi();
  const queryClient = useQueryClient();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: ({ appointment, dependents }: CancelRequest) =>
      cancelAppointment(api, appointment.id, undefined, { cancelDependents: dependents.length > 0 }),
    onSuccess: async (_cancelled, { appointment, dependents }) => {
      // On a call, the wrap-up then proposes "cancelled".
      store.getState().recordCancelled(appointment.id);
      const consulates = new Set([appointment.consulateId, ...dependents.map((d) => d.consulateId)]);
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.appointments.ofApplicant(appointment.applicantId),
        }),
        ...[...consulates].map((id) =>
          queryClient.invalidateQueries({ queryKey: queryKeys.slots.consulate(id) }),
        ),
      ]);
    },
  });
}

/** The visits the server refused to strand (409 dependent_appointment), or null for any other failure. */
export function dependentsNamedBy(failure: unknown): DependentAppointment[] | null {
  if (!isApiError(failure) || failure.code !== 'dependent_appointment') return null;
  const named = DependentAppointmentsDetails.safeParse(failure.details);
  return named.success ? named.data.dependents : null;
}
