import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { releaseHold } from '../../../api/holds';
import { useConsoleStore } from '../../../stores/console-store-context';

/** Gives the seat back at once and returns to the grid. */
export function useReleaseHold() {
  const api = useApi();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: (holdId: string) => releaseHold(api, holdId),
    onSuccess: (_result, holdId) => {
      const state = store.getState();
      if (state.hold?.id === holdId) state.setHold(null);
      state.focusPanel('slots');
    },
  });
}
