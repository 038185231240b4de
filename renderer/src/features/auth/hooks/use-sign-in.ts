import { useMutation } from '@tanstack/react-query';
import type { LoginBody } from '../../../../../shared/api/auth';
import { useApi } from '../../../api/api-client-context';
import { login } from '../../../api/auth';
import { tokenStorage } from '../../../lib/token-storage';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * Signs in with a username and password. The token is saved before the console opens (a reload
 * mid-shift signs back in with it); a failure to save it fails the sign-in, said like any other.
 */
export function useSignIn() {
  const api = useApi();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: (body: LoginBody) => login(api, body),
    onSuccess: async (session) => {
      await tokenStorage().set(session.token);
      store.getState().signIn(session.token, session.user);
    },
  });
}
