import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyCall } from '../../../../../shared/api/routing';
import { useApi } from '../../../api/api-client-context';
import { acceptOffer } from '../../../api/my-call';
import { queryKeys } from '../../../api/query-keys';
import { clearOffer } from '../../../realtime/call-offer-cache';
import { isApiError } from '../../../lib/api-error';

/**
 * Answers the call ringing here. The server's answer is the call the operator is now on: it goes
 * into the cache, and the console joins it from there (use-my-call.ts) with its screen pop. An offer
 * already gone (timed out, the caller hung up) leaves the screen.
 */
export function useAcceptOffer() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offerId: string) => acceptOffer(api, offerId),
    onSuccess: (myCall) => {
      clearOffer(queryClient);
      queryClient.setQueryData<MyCall | null>(queryKeys.me.call(), myCall);
    },
    onError: (error) => {
      if (isApiError(error) && (error.code === 'offer_expired' || error.code === 'not_found'))
        clearOffer(queryClient);
    },
  });
}
