import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  MessageList,
  OutboundMessage,
  type MessageKind,
  type MessageStatus,
} from '../../../shared/api/messages';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

export type MessageFilter = { status: MessageStatus | null; kind: MessageKind | null };

/** Messages to applicants, newest first, a page at a time (a lead's read-only view). */
export const messagesQuery = (api: Api, filter: MessageFilter, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: queryKeys.messages.list(filter.status ?? 'any', filter.kind ?? 'any'),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      api('/api/messages', {
        query: {
          status: filter.status ?? undefined,
          kind: filter.kind ?? undefined,
          before: pageParam,
          limit: pageSize,
        },
        schema: MessageList,
        signal,
      }),
    // A full page may have more behind it: the next page ends before its last message.
    getNextPageParam: (last) => (last.items.length < pageSize ? undefined : last.items.at(-1)?.id),
  });

/** One message, with its whole text and calendar file. */
export const messageQuery = (api: Api, id: string) =>
  queryOptions({
    queryKey: queryKeys.messages.detail(id),
    queryFn: ({ signal }) =>
      api(`/api/messages/${encodeURIComponent(id)}`, { schema: OutboundMessage, signal }),
  });
