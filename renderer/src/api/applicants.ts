import { queryOptions } from '@tanstack/react-query';
import { Applicant, ApplicantList, type CreateApplicantBody } from '../../../shared/api/applicants';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

export const MIN_SEARCH_LENGTH = 2;

export const applicantSearchQuery = (api: Api, q: string) =>
  queryOptions({
    queryKey: queryKeys.applicants.search(q),
    queryFn: ({ signal }) =>
      api('/api/applicants', { query: { q, limit: 8 }, schema: ApplicantList, signal }).then((r) => r.items),
    enabled: q.trim().length >= MIN_SEARCH_LENGTH,
    staleTime: 30_000,
  });

export const createApplicant = (api: Api, body: CreateApplicantBody) =>
  api('/api/applicants', { method: 'POST', body, schema: Applicant });
