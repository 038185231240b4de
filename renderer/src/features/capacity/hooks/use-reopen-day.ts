import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReopenDayBody } from '../../../../../shared/api/capacity';
import { useApi } from '../../../api/api-client-context';
import { reopenDay } from '../../../api/capacity';
import { queryKeys } from '../../../api/query-keys';

/** Opens a closed day again: the closure goes, and the seats and appointments are read again. */
export function useReopenDay(consulateId: string, date: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReopenDayBody) => reopenDay(api, consulateId, date, body),
    onSuccess: () => {
      queryClient.setQueryData(queryKeys.capacity.closure(consulateId, date), null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.slots.consulate(consulateId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.appointments.all() });
    },
  });
}
