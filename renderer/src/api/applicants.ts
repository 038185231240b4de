import { queryOptions } from '@tanstack/react-query';
import { Applicant, ApplicantSearchResult, type CreateApplicantBody } from '../../../shared/api/applicants';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

export const MIN_SEARCH_LENGTH = 2;
/** Matches the console lists; the answer's `more` says when there are others. */
export const SEARCH_LIMIT = 8;

export const applicantSearchQuery = (api: Api, q: string) =>
  queryOptions({
    queryKey: queryKeys.applicants.search(q),
    queryFn: ({ signal }) =>
      api('/api/applicants', { query: { q, limit: SEARCH_LIMIT }, schema: ApplicantSearchResult, signal }),
    enabled: q.trim().length >= MIN_SEARCH_LENGTH,
    staleTime: 30_000,
  });

export const createApplicant = (api: Api, body: CreateApplicantBody) =>
  api('/api/applicants', { method: 'POST', body, schema: Applicant });
