import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { resetPractice } from '../../../api/practice';

/** Empties the user's practice sandbox (scores are kept): every cached answer of it is stale. */
export function useResetPractice() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resetPractice(api),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
