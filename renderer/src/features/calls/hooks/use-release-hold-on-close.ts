import { useEffect } from 'react';
import { useApi } from '../../../api/api-client-context';
import { releaseHold } from '../../../api/holds';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * A seat held outside a call when the console closes (window closed, reload, crash of the tab) goes
 * back to the other callers at once instead of waiting for the hold to expire. A seat held on a call
 * stays: the call lives on the server with its hold, and the console that comes back (a reload, a
 * restart) takes both back from GET /api/me/call; the hold expires on its own if nobody does.
 *
 * The one write that is not a mutation: the request must leave inside the pagehide handler (with
 * `keepalive`, so it outlives the page), and a mutation sends only after a few microtasks, when
 * the page may be gone. Nobody is left to see its answer.
 */
export function useReleaseHoldOnClose(): void {
  const api = useApi();
  const store = useConsoleStore();
  useEffect(() => {
    const onPageHide = () => {
      const { hold, call } = store.getState();
      if (hold && !call) void releaseHold(api, hold.id, { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [api, store]);
}
