import { queryOptions } from '@tanstack/react-query';
import { SlotList, type Slot } from '../../../shared/api/slots';
import type { Api } from './api-client-context';
import { addDays } from '../../../shared/domain/time/local-date';
import { todayIn } from '../../../shared/domain/time/zoned-time';
import { queryKeys } from './query-keys';

export type SlotPage = { items: Slot[]; seq: number };

/**
 * A consulate's slots over a date range, with the change sequence they include. Live changes patch
 * this cache (realtime/); it is refetched only on a sequence gap or an unrecovered reconnect.
 */
export const slotsQuery = (api: Api, consulateId: string, from: string, to: string) =>
  queryOptions({
    queryKey: queryKeys.slots.range(consulateId, from, to),
    queryFn: async ({ signal }): Promise<SlotPage> => {
      const page = await api('/api/slots', { query: { consulateId, from, to }, schema: SlotList, signal });
      return { items: page.items, seq: page.seq ?? 0 };
    },
    staleTime: Infinity,
  });

/** How far ahead the console shows slots: today (in the consulate's zone) and the next 61 days. */
export const SLOT_WINDOW_DAYS = 62;

/**
 * The date range every view of a consulate's slots uses (grid, next days with seats), so they
 * share one cached page and one live subscription.
 */
export function slotWindow(timeZone: string, now: Date = new Date()): { from: string; to: string } {
  const from = todayIn(timeZone, now);
  return { from, to: addDays(from, SLOT_WINDOW_DAYS - 1) };
}
