import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { logout } from '../../../api/auth';
import { tokenStorage } from '../../../lib/token-storage';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * Signs out: the server forgets the session if it can be reached (signing out never waits on it
 * nor fails for it), then the saved token and every cached answer are dropped.
 */
export function useSignOut() {
  const api = useApi();
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(api).catch(() => undefined),
    onSuccess: async () => {
      await tokenStorage().clear();
      queryClient.clear();
      store.getState().signOut();
    },
  });
}
