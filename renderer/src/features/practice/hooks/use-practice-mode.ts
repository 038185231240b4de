import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useConsole, useConsoleStore } from '../../../stores/console-store-context';
import { inPractice } from '../../../stores/slices/practice-slice';

/** Who switches practice on and off: a trainee never leaves it, an admin has none. */
const mayPractise = (role: string) => role === 'operator' || role === 'lead';

export type PracticeMode = {
  on: boolean;
  /** Operators and leads may switch; a trainee is always in practice; an admin has no sandbox (the server refuses it). */
  switchable: boolean;
  /** Not during a call: a live call never turns into practice, nor the other way round. */
  canSwitch: boolean;
  toggle: () => void;
};

/**
 * Practice on or off. Switching drops every answer of the other sandbox from the cache and fetches
 * again (the socket reconnects by itself, see SocketProvider): nothing live mixes with practice.
 */
export function usePracticeMode(): PracticeMode {
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  const on = useConsole(inPractice);
  const switchable = useConsole((s) => s.user !== null && mayPractise(s.user.role));
  const onCall = useConsole((s) => s.call !== null);
  const canSwitch = switchable && !onCall;
  const toggle = useCallback(() => {
    const state = store.getState();
    if (!state.user || !mayPractise(state.user.role) || state.call) return;
    void queryClient.cancelQueries();
    state.setPracticeMode(!inPractice(state));
    // The call panels' choices belong to the sandbox just left.
    state.clearCall();
    void queryClient.resetQueries();
  }, [store, queryClient]);
  return { on, switchable, canSwitch, toggle };
}
