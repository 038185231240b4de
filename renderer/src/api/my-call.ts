import { queryOptions } from '@tanstack/react-query';
import { MyCall, type UpdateMyCallBody } from '../../../shared/api/routing';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/**
 * The operator's current call as the server holds it: a console that reloads (or crashed) takes its
 * call back from here. 204 is no call (null). `call:ended` updates the cached value
 * (realtime/use-call-sync.ts); it is read again after a reconnect that was not recovered.
 */
export const myCallQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.me.call(),
    queryFn: async ({ signal }) => (await api('/api/me/call', { schema: MyCall.optional(), signal })) ?? null,
    staleTime: Infinity,
  });

/** Keeps the server up to date with what the call is about, so a reload comes back to it. */
export const updateMyCall = (api: Api, body: UpdateMyCallBody) =>
  api('/api/me/call', { method: 'PATCH', body, schema: MyCall });

/** Answers the call ringing at this console: the answer is the call the operator is now on. */
export const acceptOffer = (api: Api, offerId: string) =>
  api(`/api/offers/${encodeURIComponent(offerId)}/accept`, { method: 'POST', schema: MyCall });

/** Passes on the call ringing at this console: it goes to the next operator. */
export const rejectOffer = (api: Api, offerId: string) =>
  api(`/api/offers/${encodeURIComponent(offerId)}/reject`, { method: 'POST', schema: null });
