import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { rejectOffer } from '../../../api/my-call';
import { clearOffer } from '../../../realtime/call-offer-cache';
import { isApiError } from '../../../lib/api-error';

/** Passes the call ringing here on to the next operator. */
export function useRejectOffer() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offerId: string) => rejectOffer(api, offerId),
    onSuccess: () => clearOffer(queryClient),
    onError: (error) => {
      if (isApiError(error) && (error.code === 'offer_expired' || error.code === 'not_found'))
        clearOffer(queryClient);
    },
  });
}
