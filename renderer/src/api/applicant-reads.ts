import { infiniteQueryOptions } from '@tanstack/react-query';
import { ApplicantReadList } from '../../../shared/api/applicants';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/**
 * Who looked at an applicant, newest first, a page at a time (leads and admins). Each page read is
 * itself recorded by the server, so it is read when asked for and never kept fresh in the background.
 */
export const applicantReadsQuery = (api: Api, applicantId: string, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: queryKeys.applicants.reads(applicantId),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) =>
      api(`/api/applicants/${encodeURIComponent(applicantId)}/reads`, {
        query: { before: pageParam, limit: pageSize },
        schema: ApplicantReadList,
        signal,
      }),
    getNextPageParam: (last) => (last.more ? last.items.at(-1)?.id : undefined),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
