import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  CallEndedPayload,
  CallOfferedPayload,
  OfferWithdrawnPayload,
  type MyCall,
} from '../../../shared/api/routing';
import { queryKeys } from '../api/query-keys';
import { callEnded, offerArrived, offerWithdrawn, type IncomingOffer } from './call-offer-cache';
import { useSocket } from './socket-context';

/**
 * Routed calls into the cache: `call:offered` rings (the offer), `call:offer_withdrawn` takes it
 * back with its reason, `call:ended` marks the operator's call hung up (or gone, when the server
 * closed it). An offer answered on another console of the user brings that call here too (the call
 * is read again), and so does a reconnect that was not recovered. Mounted once, by the console screen.
 */
export function useCallSync(): void {
  const socket = useSocket();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket) return;
    const offerKey = queryKeys.me.offer();
    const callKey = queryKeys.me.call();
    const onOffered = (raw: unknown) => {
      const parsed = CallOfferedPayload.safeParse(raw);
      if (parsed.success)
        queryClient.setQueryData<IncomingOffer>(offerKey, offerArrived(parsed.data, Date.now()));
    };
    const onWithdrawn = (raw: unknown) => {
      const parsed = OfferWithdrawnPayload.safeParse(raw);
      if (!parsed.success) return;
      const current = queryClient.getQueryData<IncomingOffer>(offerKey) ?? null;
      queryClient.setQueryData<IncomingOffer>(offerKey, offerWithdrawn(current, parsed.data, Date.now()));
      if (parsed.data.reason === 'accepted_elsewhere')
        void queryClient.invalidateQueries({ queryKey: callKey });
    };
    const onEnded = (raw: unknown) => {
      const parsed = CallEndedPayload.safeParse(raw);
      if (!parsed.success) return;
      queryClient.setQueryData<MyCall | null>(callKey, (current) => callEnded(current, parsed.data));
    };
    let connectedBefore = socket.connected;
    const onConnect = () => {
      if (connectedBefore && !socket.recovered) {
        // What rang meanwhile may be gone; the call itself is read again from the server.
        queryClient.setQueryData<IncomingOffer>(offerKey, null);
        void queryClient.invalidateQueries({ queryKey: callKey });
      }
      connectedBefore = true;
    };
    socket.on('call:offered', onOffered);
    socket.on('call:offer_withdrawn', onWithdrawn);
    socket.on('call:ended', onEnded);
    socket.on('connect', onConnect);
    return () => {
      socket.off('call:offered', onOffered);
      socket.off('call:offer_withdrawn', onWithdrawn);
      socket.off('call:ended', onEnded);
      socket.off('connect', onConnect);
    };
  }, [socket, queryClient]);
}
