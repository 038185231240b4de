import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublishSlotsBody } from '../../../../../shared/api/capacity';
import { useApi } from '../../../api/api-client-context';
import { publishSlots } from '../../../api/capacity';
import { queryKeys } from '../../../api/query-keys';

/** The monthly release of a consulate's slots; said to be done once its seats are read again. */
export function usePublishSlots(consulateId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishSlotsBody) => publishSlots(api, consulateId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.slots.consulate(consulateId) }),
  });
}
