import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Applicant } from '../../../../../shared/api/applicants';
import { useApi } from '../../../api/api-client-context';
import { applicantSearchQuery, MIN_SEARCH_LENGTH } from '../../../api/applicants';

/** Pause after the last keystroke before asking the server. */
export const SEARCH_DEBOUNCE_MS = 150;

export type ApplicantSearch = {
  /** The results shown: those of the last answered search, while the next one is on its way. */
  results: readonly Applicant[];
  /** More applicants match than `results` lists: the operator should type more. */
  more: boolean;
  /** The results are those of the text as it is now. */
  settled: boolean;
  /** Long enough to search. */
  active: boolean;
  error: unknown;
  /** Searches the current text at once (Enter does not wait for the pause). */
  flush: () => void;
};

/** Search-as-you-type over applicants by CURP, phone or names (the server forgives accents and typos). */
export function useApplicantSearch(text: string): ApplicantSearch {
  const api = useApi();
  const wanted = text.trim();
  const [q, setQ] = useState(wanted);
  useEffect(() => {
    const id = window.setTimeout(() => setQ(wanted), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(id);
  }, [wanted]);
  const active = wanted.length >= MIN_SEARCH_LENGTH;
  const query = useQuery({ ...applicantSearchQuery(api, q), placeholderData: keepPreviousData });
  return {
    results: active ? (query.data?.items ?? []) : [],
    more: active && (query.data?.more ?? false),
    settled: active && q === wanted && query.isSuccess && !query.isPlaceholderData,
    active,
    error: active ? query.error : null,
    flush: () => setQ(wanted),
  };
}
