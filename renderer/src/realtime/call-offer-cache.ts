import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type {
  CallEndedPayload,
  CallOfferedPayload,
  MyCall,
  OfferWithdrawnPayload,
} from '../../../shared/api/routing';
import { queryKeys } from '../api/query-keys';

/**
 * What rings at this console, as the socket said it: the offer ringing now (with when it arrived
 * here, so its countdown runs on this console's clock for the time the server gave), or the last
 * offer withdrawn before it was answered (why, for the notice), or nothing.
 */
export type IncomingOffer =
  | { kind: 'ringing'; offer: CallOfferedPayload; receivedAt: number }
  | { kind: 'withdrawn'; withdrawn: OfferWithdrawnPayload; at: number }
  | null;

/** Never fetched: only the socket (and an answer to accept/reject) writes it. */
export const incomingOfferQuery = () =>
  queryOptions<IncomingOffer>({
    queryKey: queryKeys.me.offer(),
    queryFn: () => null,
    initialData: null,
    staleTime: Infinity,
  });

/** How long the offer is open for, in ms, as the server counts it (expiresAt − offeredAt). */
export const offerWindowMs = (offer: CallOfferedPayload) =>
  Math.max(0, Date.parse(offer.expiresAt) - Date.parse(offer.offeredAt));

/** A new offer replaces whatever was there. */
export const offerArrived = (offer: CallOfferedPayload, now: number): IncomingOffer => ({
  kind: 'ringing',
  offer,
  receivedAt: now,
});

/** The withdrawal of the offer ringing now; one of another offer (already gone) changes nothing. */
export function offerWithdrawn(
  current: IncomingOffer,
  withdrawn: OfferWithdrawnPayload,
  now: number,
): IncomingOffer {
  if (current?.kind !== 'ringing' || current.offer.offerId !== withdrawn.offerId) return current;
  // Passed on by the operator: nothing to tell them.
  if (withdrawn.reason === 'rejected') return null;
  return { kind: 'withdrawn', withdrawn, at: now };
}

/**
 * The operator's call after `call:ended`: hung up by the caller → the line ended and the wrap-up's
 * deadline; closed by the server → no call any more. Another call's end changes nothing.
 */
export function callEnded(
  current: MyCall | null | undefined,
  ended: CallEndedPayload,
): MyCall | null | undefined {
  if (!current || current.callId !== ended.callId) return current;
  if (ended.by === 'server') return null;
  return { ...current, status: 'ended', hungUpAt: ended.at, wrapUpDeadline: ended.wrapUpDeadline };
}

/** Clears the offer ringing (answered or passed on here). */
export const clearOffer = (queryClient: QueryClient) => queryClient.setQueryData(queryKeys.me.offer(), null);
