import { useMutation } from '@tanstack/react-query';
import type { WrapUpCode } from '../../../../../shared/api/calls';
import { useApi } from '../../../api/api-client-context';
import { endCall } from '../../../api/calls';
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
  return useMutation({
    mutationFn: async ({ code, note }: { code: WrapUpCode; note: string }) => {
      const { call, hold, booked, applicant } = store.getState();
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
        appointmentId: booked?.id,
        note: note.trim() || undefined,
      });
    },
    onSuccess: () => store.getState().clearCall(),
    onError: (error) => {
      // Ended already (another window, a retry): the console must not stay stuck on it.
      if (isApiError(error) && error.code === 'call_already_ended') store.getState().clearCall();
    },
  });
}
