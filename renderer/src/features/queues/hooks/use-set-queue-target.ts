import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueueLoad, SetQueueTargetBody } from '../../../../../shared/api/floor/queues';
import { useApi } from '../../../api/api-client-context';
import { setQueueTarget } from '../../../api/floor';
import { queryKeys } from '../../../api/query-keys';
import { applyQueueChanges } from '../../../realtime/apply-queue-changes';

/** A lead sets a queue's service level target; the answer (the queue under its new target) replaces it in the cache. */
export function useSetQueueTarget() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queueId, body }: { queueId: string; body: SetQueueTargetBody }) =>
      setQueueTarget(api, queueId, body),
    onSuccess: (queue) =>
      queryClient.setQueryData<QueueLoad[]>(queryKeys.floor.queues(), (queues) =>
        queues ? applyQueueChanges(queues, [queue]) : queues,
      ),
  });
}
