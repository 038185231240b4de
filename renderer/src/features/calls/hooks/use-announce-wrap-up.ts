import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../../api/api-client-context';
import { rememberMyStatus, setMyState } from '../../../api/me-status';

/**
 * Tells the server the wrap-up has started, so the floor shows the operator writing it up rather
 * than talking. Best effort: the call ends the same whether or not this arrives, and a failure
 * is not said.
 */
export function useAnnounceWrapUp(): () => void {
  const api = useApi();
  const queryClient = useQueryClient();
  const { mutate } = useMutation({
    mutationFn: () => setMyState(api, { state: 'wrap_up' }),
    onSuccess: (status) => rememberMyStatus(queryClient, status),
  });
  return useCallback(() => mutate(), [mutate]);
}
