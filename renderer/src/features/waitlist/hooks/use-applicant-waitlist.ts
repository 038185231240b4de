import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { waitlistOfApplicantQuery } from '../../../api/waitlist';

/**
 * How often an open caller record reads their waitlist again. A seat freed by another console is
 * held by the server for the first waiting entry; polling the one record on screen is the simplest
 * honest way to see it (no waitlist socket event exists, and a seat event says nothing about whom
 * the server held it for).
 */
export const WAITLIST_POLL_MS = 5_000;

/** One person's waitlist entries, read while their record is on screen. */
export function useApplicantWaitlist(applicantId: string) {
  const api = useApi();
  return useQuery({
    ...waitlistOfApplicantQuery(api, applicantId),
    refetchInterval: WAITLIST_POLL_MS,
  });
}
