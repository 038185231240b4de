import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WrapUpCode } from '../../../../../shared/api/calls';
import { useApi } from '../../../api/api-client-context';
import { endCall } from '../../../api/calls';
import { queryKeys } from '../../../api/query-keys';
import { releaseHold } from '../../../api/holds';
import { isApiError } from '../../../lib/api-error';
import { useConsoleStore } from '../../../stores/console-store-context';

/** A hold that is already gone (expired, released, confirmed) needs no releasing. */
const holdAlreadyGone = (error: unknown) =>
  isApiError(error) && (error.code === 'not_found' || error.code === 'hold_expired');

/**
 * Ends the call on the line: a seat still on hold is released first (nobody will confirm it now),
 * then the call is logged with its outcome, the caller and the appointment it made.
 */
export function useEndCall() {
  const api = useApi();
  const store = useConsoleStore();
  const queryClient = useQueryClient();
  // The console leaves the call first: the server's call then going is not "closed by the server".
  const leave = () => {
    store.getState().clearCall();
    queryClient.setQueryData(queryKeys.me.call(), null);
  };
  return useMutation({
    mutationFn: async ({ code, note }: { code: WrapUpCode; note: string }) => {
      const { call, hold, booked, applicant, cancelledOnCall } = store.getState();
      if (!call) throw new Error('no call on the line');
      if (hold) {
        await releaseHold(api, hold.id).catch((error: unknown) => {
          if (!holdAlreadyGone(error)) throw error;
        });
        store.getState().setHold(null);
      }
      return endCall(api, call.id, {
        wrapUpCode: code,
        applicantId: booked?.applicantId ?? applicant?.id,
        // A cancellation names the appointment cancelled on the call (the last one), as the server checks.
        appointmentId: code === 'cancelled' ? (cancelledOnCall.at(-1) ?? booked?.id) : booked?.id,
        note: note.trim() || undefined,
      });
    },
    onSuccess: leave,
    onError: (error) => {
      // Ended already (another window, a retry): the console must not stay stuck on it.
      if (isApiError(error) && error.code === 'call_already_ended') leave();
    },
  });
}
