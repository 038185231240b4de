import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WaitlistEntry } from '../../../../../shared/api/waitlist';
import { useApi } from '../../../api/api-client-context';
import { confirmAppointment } from '../../../api/appointments';
import { queryKeys } from '../../../api/query-keys';
import { isApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * Confirms the seat the waitlist held for the caller (POST /api/appointments {holdId}), then hands
 * the appointment to the booking panel's usual read-back. The attempt's Idempotency-Key is kept in the
 * store like any confirm: after a network failure (outcome unknown) the next try sends the same key,
 * so it can never book twice; after a refusal the next try gets a new one.
 */
export function useConfirmOffer() {
  const api = useApi();
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (entry: WaitlistEntry) => {
      const holdId = entry.holdId;
      if (!holdId) throw new Error('entry has no held seat');
      const pending = store.getState().confirmKey;
      const attempt =
        pending && pending.holdId === holdId ? pending : { holdId, key: newIdempotencyKey('waitlist') };
      store.getState().setConfirmKey(attempt);
      try {
        return await confirmAppointment(api, holdId, attempt.key);
      } catch (error) {
        if (!(isApiError(error) && error.retryable)) store.getState().setConfirmKey(null);
        throw error;
      }
    },
    onSuccess: (appointment) => {
      const state = store.getState();
      state.setBooked(appointment);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.appointments.ofApplicant(appointment.applicantId),
      });
      void queryClient.invalidateQueries({ queryKey: queryKeys.waitlist.all() });
      state.focusPanel('booking');
    },
    onError: () => {
      // The offer may have lapsed or gone: read the entries again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.waitlist.all() });
    },
  });
}
