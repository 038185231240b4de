import { queryOptions } from '@tanstack/react-query';
import { ConsulateList } from '../../../shared/api/consulates';
import { ProcedureList } from '../../../shared/api/procedures';
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
