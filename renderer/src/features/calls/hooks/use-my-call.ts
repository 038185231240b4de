import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { MyCall } from '../../../../../shared/api/routing';
import { useApi } from '../../../api/api-client-context';
import { myCallQuery } from '../../../api/my-call';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { joinedCallOf } from '../join-call';
import { rememberedCaller } from '../remembered-caller';

/** Roles that take calls: an administrator has none to take back. */
const takesCalls = (role: string | undefined) => role === 'operator' || role === 'lead' || role === 'trainee';

/**
 * The console follows the call the server holds for the operator: on start (a reload, a crash) it
 * comes back on it with everything chosen so far; an answered offer joins it with its screen pop;
 * the caller hanging up opens the wrap-up with the server's deadline; the server closing the call
 * (the wrap-up ran past the lead's limit) clears it, and `closedByServer` says so.
 */
export function useMyCall(): { closedByServer: boolean; dismissClosed: () => void } {
  const api = useApi();
  const store = useConsoleStore();
  const role = useConsole((s) => s.user?.role);
  const userId = useConsole((s) => s.user?.id ?? null);
  const { data } = useQuery({ ...myCallQuery(api), enabled: takesCalls(role) });
  const previous = useRef<MyCall | null | undefined>(undefined);
  const [closedByServer, setClosedByServer] = useState(false);

  useEffect(() => {
    const before = previous.current;
    previous.current = data;
    if (data === undefined || userId === null) return;
    const state = store.getState();
    if (data === null) {
      // Gone from the server while this console still shows it: the server closed it.
      if (before && state.call?.id === before.callId) {
        state.clearCall();
        setClosedByServer(true);
      }
      return;
    }
    if (state.call?.id !== data.callId) {
      setClosedByServer(false);
      state.joinCall(joinedCallOf(data, userId, rememberedCaller(data.callId)));
      // The screen pop: the caller's record opened goes on to the service; otherwise find or register them.
      store.getState().focusPanel(store.getState().applicant ? 'procedure' : 'caller');
      return;
    }
    if (data.status === 'ended' && state.line && state.line.hungUpAt === null)
      state.lineEnded(data.hungUpAt ?? new Date().toISOString(), data.wrapUpDeadline);
  }, [data, store, userId]);

  return { closedByServer, dismissClosed: () => setClosedByServer(false) };
}
