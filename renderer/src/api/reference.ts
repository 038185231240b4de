import { queryOptions } from '@tanstack/react-query';
import { ConsulateList } from '../../../shared/api/reference/consulates';
import { ProcedureList } from '../../../shared/api/reference/procedures';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/** Reference data changes rarely: fetched once per session, kept for the day. */
const DAY = 24 * 60 * 60 * 1000;

export const consulatesQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.consulates.all(),
    queryFn: ({ signal }) => api('/api/consulates', { schema: ConsulateList, signal }).then((r) => r.items),
    staleTime: DAY,
  });

export const proceduresQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.procedures.all(),
    queryFn: ({ signal }) => api('/api/procedures', { schema: ProcedureList, signal }).then((r) => r.items),
    staleTime: DAY,
  });

/**
 * The procedures with the fees in force at a consulate (in its currency) on a date. Without a
 * consulate: the US amounts; without a date: the server's today there. Fees change on 1 January,
 * so a page for a date is good all day; "today" is asked again after an hour.
 */
export const procedureFeesQuery = (api: Api, consulateId: string | null, date: string | null) =>
  queryOptions({
    queryKey: queryKeys.procedures.feesAt(consulateId, date),
    queryFn: ({ signal }) =>
      api('/api/procedures', {
        query: { consulateId: consulateId ?? undefined, date: date ?? undefined },
        schema: ProcedureList,
        signal,
      }).then((r) => r.items),
    staleTime: date ? DAY : 60 * 60 * 1000,
  });
