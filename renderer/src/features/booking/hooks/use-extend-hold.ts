import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { extendHold } from '../../../api/holds';
import { useConsoleStore } from '../../../stores/console-store-context';
import { forgetEndedHold } from './forget-ended-hold';

/** More time on the hold (a new expiry from the server). */
export function useExtendHold() {
  const api = useApi();
  const store = useConsoleStore();
  return useMutation({
    mutationFn: (holdId: string) => extendHold(api, holdId),
    onSuccess: (hold) => {
      if (store.getState().hold?.id === hold.id) store.getState().setHold(hold);
    },
    onError: (error, holdId) => forgetEndedHold(store, error, holdId),
  });
}
