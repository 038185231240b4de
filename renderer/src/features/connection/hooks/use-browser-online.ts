import { useEffect } from 'react';
import { useSocket } from '../../../realtime/socket-context';
import { useConsoleStore } from '../../../stores/console-store-context';

/**
 * The browser knows first when the network is gone (navigator.onLine, `offline`/`online`): the
 * console says so at once instead of waiting for the socket's own timeout.
 */
export function useBrowserOnline(): void {
  const store = useConsoleStore();
  const socket = useSocket();
  useEffect(() => {
    const onOffline = () => store.getState().setSocketStatus('offline');
    // Back on the network: online if the live channel survived, else it is reconnecting by itself.
    const onOnline = () => store.getState().setSocketStatus(socket?.connected ? 'online' : 'connecting');
    if (typeof navigator !== 'undefined' && navigator.onLine === false) onOffline();
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [store, socket]);
}
