import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { UpdateMyCallBody } from '../../../../../shared/api/routing';
import { useApi } from '../../../api/api-client-context';
import { updateMyCall } from '../../../api/my-call';
import { useConsoleStore } from '../../../stores/console-store-context';
import type { ConsoleState } from '../../../stores/console-store';
import { contextChanges, contextOf, type CallContext } from '../call-context';
import { rememberCaller } from '../remembered-caller';

/** Changes made together (a reschedule sets procedure and consulate at once) go in one request. */
const COALESCE_MS = 150;

/**
 * Keeps the server up to date with what the call is about (applicant, procedure, consulate), once
 * per change, so a console that reloads comes back to it. Best effort: a request that fails is
 * folded into the next change's.
 */
export function useUpdateMyCall(): void {
  const api = useApi();
  const store = useConsoleStore();
  const { mutate } = useMutation({
    mutationFn: (body: UpdateMyCallBody) => updateMyCall(api, body),
  });
  const mutateRef = useRef(mutate);
  mutateRef.current = mutate;

  useEffect(() => {
    // What the server knows of the current call (as joined, or as last sent).
    let known: CallContext | null = contextOf(store.getState());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const state: ConsoleState = store.getState();
      const now = contextOf(state);
      if (!now || !known || now.callId !== known.callId) return;
      const body = contextChanges(known, now);
      if (!body) return;
      const sent = known;
      known = now;
      mutateRef.current(body, {
        onError: () => {
          // Sent again with the next change.
          if (known?.callId === sent.callId) known = { ...sent };
        },
      });
    };
    return store.subscribe((state, previous) => {
      const now = contextOf(state);
      if (now?.callId !== contextOf(previous)?.callId) {
        // A call joined (or left): what it came with is what the server has.
        known = now;
        clearTimeout(timer);
        timer = undefined;
        return;
      }
      if (!now || !known) return;
      if (state.applicant !== previous.applicant) rememberCaller(now.callId, state.applicant);
      if (contextChanges(known, now) && timer === undefined) timer = setTimeout(flush, COALESCE_MS);
    });
  }, [store]);
}
