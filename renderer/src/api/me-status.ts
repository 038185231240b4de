import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { MyStatus, type SetMyStateBody } from '../../../shared/api/floor/floor';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/**
 * The signed-in user's own state and queue as the server holds them. `status:changed` replaces the
 * cached value (realtime/use-status-sync.ts); it is refetched only after an unrecovered reconnect.
 */
export const myStatusQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.me.status(),
    queryFn: ({ signal }) => api('/api/me/status', { schema: MyStatus, signal }),
    staleTime: Infinity,
  });

/** Asks for a state of one's own: wrap-up opened, ready again, a break (pending while on a call). */
export const setMyState = (api: Api, body: SetMyStateBody) =>
  api('/api/me/status', { method: 'PUT', body, schema: MyStatus });

/**
 * Puts an answer of PUT /api/me/status in the cache unless the socket already brought a newer
 * state: an answer can arrive after the `status:changed` of a later change (a call ended meanwhile).
 */
export function rememberMyStatus(queryClient: QueryClient, status: MyStatus): void {
  const cached = queryClient.getQueryData<MyStatus>(queryKeys.me.status());
  if (cached && Date.parse(cached.since) > Date.parse(status.since)) return;
  queryClient.setQueryData(queryKeys.me.status(), status);
}
