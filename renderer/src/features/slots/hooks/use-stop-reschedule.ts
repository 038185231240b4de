import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { releaseHold } from '../../../api/holds';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * Ends a reschedule without booking: the seat held for it is given back (best effort: the hold
 * expires anyway), the old appointment is left as it was, and the operator is back on the grid.
 */
export function useStopReschedule() {
  const api = useApi();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: async () => {
      const { hold } = store.getState();
      if (hold) await releaseHold(api, hold.id).catch(() => undefined);
    },
    onSuccess: () => {
      store.getState().setBooked(null);
      store.getState().focusPanel('slots');
    },
  });
}
