import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloseDayBody } from '../../../../../shared/api/capacity';
import { useApi } from '../../../api/api-client-context';
import { closeDay } from '../../../api/capacity';
import { queryKeys } from '../../../api/query-keys';

/** Takes a consulate's day out of booking: its closure is known at once, its seats read again. */
export function useCloseDay(consulateId: string, date: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseDayBody) => closeDay(api, consulateId, date, body),
    onSuccess: (closure) => {
      queryClient.setQueryData(queryKeys.capacity.closure(consulateId, date), closure);
      void queryClient.invalidateQueries({ queryKey: queryKeys.slots.consulate(consulateId) });
    },
  });
}
