import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import { todayIn } from '../../../../../shared/domain/time/zoned-time';
import { useApi } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { consulatesQuery } from '../../../api/reference';
import type { SlotPage } from '../../../api/slots';
import { useConsole } from '../../../stores/console-store-context';

/** Where and when the fees the operator reads out apply. */
export type FeeContext = {
  /** The consulate chosen on the call, or null before one is. */
  consulate: Consulate | null;
  /** The consulate-local date: the chosen slot's, else today at the consulate; null without a consulate. */
  date: string | null;
  /** Whether `date` is the chosen slot's (the appointment's) rather than today's. */
  isSlotDate: boolean;
};

/** The consulate-local date (YYYY-MM-DD) of a slot found in the cached slot pages, or null. */
export function slotDateIn(pages: readonly (SlotPage | undefined)[], slotId: string | null): string | null {
  if (slotId === null) return null;
  for (const page of pages) {
    const slot = page?.items.find((s) => s.id === slotId);
    if (slot) return slot.localStart.slice(0, 10);
  }
  return null;
}

/**
 * The consulate and date whose fees apply on this call: fees change on 1 January and differ by
 * country, so a caller booking at Toronto on 2 January hears Toronto's fees of that year.
 */
export function useFeeContext(): FeeContext {
  const api = useApi();
  const queryClient = useQueryClient();
  const consulateId = useConsole((s) => s.consulateId);
  const slotId = useConsole((s) => s.hold?.slotId ?? s.selectedSlotId);
  const consulates = useQuery(consulatesQuery(api)).data;
  const consulate = consulates?.find((c) => c.id === consulateId) ?? null;
  if (!consulate) return { consulate: null, date: null, isSlotDate: false };
  // The slot was picked from a page of this consulate's slots, which the cache holds.
  const pages = queryClient
    .getQueriesData<SlotPage>({ queryKey: queryKeys.slots.consulate(consulate.id) })
    .map(([, page]) => page);
  const slotDate = slotDateIn(pages, slotId);
  return { consulate, date: slotDate ?? todayIn(consulate.timeZone), isSlotDate: slotDate !== null };
}
