import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SetMyStateBody } from '../../../../../shared/api/floor/floor';
import { useApi } from '../../../api/api-client-context';
import { rememberMyStatus, setMyState } from '../../../api/me-status';

/**
 * Asks for a state of one's own (a break, available again). The answer is the status every
 * console of the user then shows, unless the socket already brought a newer one.
 */
export function useSetMyState() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetMyStateBody) => setMyState(api, body),
    onSuccess: (status) => rememberMyStatus(queryClient, status),
  });
}
