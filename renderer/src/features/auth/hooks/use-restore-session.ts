import { useEffect, useState } from 'react';
import { useApi, type Api } from '../../../api/api-client-context';
import { fetchMe } from '../../../api/auth';
import { isApiError } from '../../../lib/api-error';
import { tokenStorage } from '../../../lib/token-storage';
import { useConsoleStore } from '../../../stores/console-store-context';

/** The API with a token that is not (yet) the store's: to check a saved session before using it. */
const withToken =
  (api: Api, token: string): Api =>
  (path, options) =>
    api(path, { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });

/**
 * On boot, signs back in with the saved token if the server still accepts it, so a reload or a
 * restart of the console mid-shift does not ask for the password again. True while it checks.
 */
export function useRestoreSession(): boolean {
  const api = useApi();
  const store = useConsoleStore();
  const [restoring, setRestoring] = useState(() => store.getState().token === null);

  useEffect(() => {
    if (store.getState().token !== null) {
      setRestoring(false);
      return;
    }
    let cancelled = false;
    const restore = async () => {
      const storage = tokenStorage();
      const saved = await storage.get().catch(() => null);
      if (!saved) return;
      try {
        const user = await fetchMe(withToken(api, saved));
        if (!cancelled && store.getState().token === null) store.getState().signIn(saved, user);
      } catch (error) {
        // Only a token the server refused is forgotten; an unreachable server may accept it later.
        if (isApiError(error) && error.status === 401) await storage.clear().catch(() => undefined);
      }
    };
    void restore().finally(() => {
      if (!cancelled) setRestoring(false);
    });
    return () => {
      cancelled = true;
    };
  }, [api, store]);

  return restoring;
}
