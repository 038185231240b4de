import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { tokenStorage } from '../lib/token-storage';
import { useConsole, useConsoleStore } from '../stores/console-store-context';
import { inPractice } from '../stores/slices/practice-slice';
import { openConsoleSocket, type ConsoleSocket } from './console-socket';

const SocketContext = createContext<ConsoleSocket | null>(null);

/**
 * Owns the live channel for the signed-in session: opens it with the token, reflects its state in
 * the connection slice (the banner, and hold/confirm enabled only online), closes it on sign-out.
 */
export function SocketProvider({
  serverUrl,
  children,
  open = openConsoleSocket,
}: {
  serverUrl: string;
  children: ReactNode;
  open?: typeof openConsoleSocket;
}) {
  const token = useConsole((s) => s.token);
  // Entering or leaving practice opens a new socket in the other sandbox: nothing live mixes with practice.
  const practice = useConsole(inPractice);
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  const [socket, setSocket] = useState<ConsoleSocket | null>(null);

  useEffect(() => {
    if (!token) return;
    const s = open(serverUrl, token, practice);
    let retry: ReturnType<typeof setTimeout> | undefined;
    const { setSocketStatus } = store.getState();
    setSocketStatus(s.connected ? 'online' : 'connecting');
    s.on('connect', () => setSocketStatus('online'));
    s.on('disconnect', (reason) => {
      setSocketStatus('offline');
      // A server shutting down disconnects its sockets itself, and socket.io then does not retry.
      // The console always wants its live channel back: it retries (a dead session ends in
      // connect_error "unauthenticated" below).
      if (reason === 'io server disconnect') {
        setSocketStatus('connecting');
        retry = setTimeout(() => s.connect(), 1_000);
      }
    });
    s.on('connect_error', (error) => {
      setSocketStatus('offline');
      // The session ended (expired, signed out elsewhere or by a lead): back to the sign-in screen, which
      // says so, keeping neither the dead token nor what the last user saw.
      if (error.message === 'unauthenticated') {
        void tokenStorage()
          .clear()
          .catch(() => undefined);
        queryClient.clear();
        store.getState().signOut({ ended: true });
      }
    });
    s.io.on('reconnect_attempt', () => setSocketStatus('connecting'));
    setSocket(s);
    return () => {
      clearTimeout(retry);
      s.removeAllListeners();
      s.io.removeAllListeners();
      s.close();
      setSocket(null);
    };
  }, [token, practice, serverUrl, store, open, queryClient]);

  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}

export const useSocket = (): ConsoleSocket | null => useContext(SocketContext);
