import { queryOptions } from '@tanstack/react-query';
import { NearestConsulateList, type PostalCode } from '../../../shared/api/reference/nearest';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/**
 * The consulates nearest to a caller's postal code with their first seat for a procedure (GET
 * /api/consulates/nearest, the nearest five, as the picker shows them). Seats move: asked again
 * after half a minute; a code the server does not know is an answer too (no retry).
 */
export const nearestConsulatesQuery = (api: Api, postal: PostalCode, procedureId: string) =>
  queryOptions({
    queryKey: queryKeys.consulates.nearest(postal.country, postal.code, procedureId),
    queryFn: ({ signal }) =>
      api('/api/consulates/nearest', {
        query: { postalCode: postal.code, procedureId, limit: 5 },
        schema: NearestConsulateList,
        signal,
      }).then((r) => r.items),
    staleTime: 30_000,
    retry: false,
  });
