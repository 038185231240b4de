import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Hold } from '../../../../../shared/api/booking/holds';
import { useApi } from '../../../api/api-client-context';
import { confirmAppointment } from '../../../api/appointments';
import { queryKeys } from '../../../api/query-keys';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useConsoleStore } from '../../../stores/console-store-context';
import { isRetryable, keyForAttempt, sendWithRetries } from '../confirm-retry';
import { forgetEndedHold } from './forget-ended-hold';

/**
 * Confirms the held seat. Each attempt has its Idempotency-Key (kept in the store); a network
 * failure is retried automatically with that same key, so a lost answer never books twice. On
 * success the read-back takes over; seats change through the live event, not a refetch.
 */
export function useConfirmBooking() {
  const api = useApi();
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  const [retrying, setRetrying] = useState<{ retry: number; of: number } | null>(null);

  const mutation = useMutation({
    mutationFn: async (hold: Hold) => {
      const attempt = keyForAttempt(store.getState().confirmKey, hold.id, () => newIdempotencyKey('confirm'));
      store.getState().setConfirmKey(attempt);
      try {
        return await sendWithRetries(() => confirmAppointment(api, hold.id, attempt.key), {
          onRetry: (retry, of) => setRetrying({ retry, of }),
        });
      } catch (error) {
        // A refusal ends this attempt: the next one gets a new key. After a network failure the
        // outcome is unknown, so the key is kept for the operator's next try.
        if (!isRetryable(error)) store.getState().setConfirmKey(null);
        throw error;
      } finally {
        setRetrying(null);
      }
    },
    onSuccess: (appointment) => {
      const state = store.getState();
      state.setBooked(appointment);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.appointments.ofApplicant(appointment.applicantId),
      });
      state.focusPanel('booking');
    },
    onError: (error, hold) => forgetEndedHold(store, error, hold.id),
  });
  return { ...mutation, retrying };
}
