import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { finishRun } from '../../../api/practice';
import { queryKeys } from '../../../api/query-keys';

/** Scores a run; the results lists (the trainee's, a lead's) have one more row. */
export function useFinishRun() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (runId: string) => finishRun(api, runId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.practice.allResults() }),
  });
}
