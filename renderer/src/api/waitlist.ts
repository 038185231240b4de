import { queryOptions } from '@tanstack/react-query';
import {
  WaitlistEntry,
  WaitlistList,
  WaitlistSummary,
  type CreateWaitlistEntryBody,
  type WaitlistStatus,
} from '../../../shared/api/waitlist';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';

/** What a lead's view asks for: one consulate and one service, optionally one status. */
export type WaitlistFilter = { consulateId: string; procedureId: string; status?: WaitlistStatus };

/** One person's waitlist entries (the screen pop's list), read again every few seconds while shown. */
export const waitlistOfApplicantQuery = (api: Api, applicantId: string) =>
  queryOptions({
    queryKey: queryKeys.waitlist.ofApplicant(applicantId),
    queryFn: ({ signal }) =>
      api('/api/waitlist', { query: { applicantId }, schema: WaitlistList, signal }).then((r) => r.items),
  });

/** A consulate's waitlist for one service (a lead's view). */
export const waitlistQuery = (api: Api, filter: WaitlistFilter) =>
  queryOptions({
    queryKey: queryKeys.waitlist.list(filter.consulateId, filter.procedureId, filter.status ?? 'any'),
    queryFn: ({ signal }) =>
      api('/api/waitlist', {
        query: { consulateId: filter.consulateId, procedureId: filter.procedureId, status: filter.status },
        schema: WaitlistList,
        signal,
      }).then((r) => r.items),
  });

/** Every consulate and service with someone waiting or a seat held: counts and the oldest wait (a lead's view). */
export const waitlistSummaryQuery = (api: Api) =>
  queryOptions({
    queryKey: queryKeys.waitlist.summary(),
    queryFn: ({ signal }) =>
      api('/api/waitlist/summary', { schema: WaitlistSummary, signal }).then((r) => r.items),
  });

/** Puts a caller on the waitlist: 201 with the entry (`waiting`, or already `offered` when a seat was free). */
export const createWaitlistEntry = (api: Api, body: CreateWaitlistEntryBody) =>
  api('/api/waitlist', { method: 'POST', body, schema: WaitlistEntry });

/** Takes the entry off the list; an offered seat is freed for the next entry. */
export const deleteWaitlistEntry = (api: Api, id: string) =>
  api(`/api/waitlist/${encodeURIComponent(id)}`, { method: 'DELETE', schema: null });
