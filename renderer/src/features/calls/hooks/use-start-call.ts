import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-client-context';
import { startCall } from '../../../api/calls';
import { useConsoleStore } from '../../../stores/console-store-context';

/** When a call started by this console's clock: its timer does not jump when the server's clock differs. */
export type LocalStart = { callId: string; at: number };

/** Starts a call when the phone rings: the console is on the line, the caller's search next. */
export function useStartCall() {
  const api = useApi();
  const store = useConsoleStore();
  const [localStart, setLocalStart] = useState<LocalStart | null>(null);
  const mutation = useMutation({
    mutationFn: () => startCall(api),
    onSuccess: (started) => {
      setLocalStart({ callId: started.id, at: Date.now() });
      store.getState().startCall(started);
      store.getState().focusPanel('caller');
    },
  });
  return { ...mutation, localStart };
}
