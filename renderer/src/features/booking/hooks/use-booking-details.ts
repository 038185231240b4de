import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Consulate } from '../../../../../shared/api/reference/consulates';
import type { Procedure } from '../../../../../shared/api/reference/procedures';
import type { Slot } from '../../../../../shared/api/slots';
import { useApi } from '../../../api/api-client-context';
import { queryKeys } from '../../../api/query-keys';
import { consulatesQuery, proceduresQuery } from '../../../api/reference';
import { slotWindow, slotsQuery, type SlotPage } from '../../../api/slots';

/**
 * The reference records a booking names: its consulate, its procedure, and (for a hold) its slot —
 * read from the grid's cached pages (any consulate's: the operator may have looked elsewhere since),
 * else from the consulate's page, fetched once with the grid's own range.
 */
export function useBookingDetails(
  consulateId: string | null,
  procedureId: string | null,
  slotId: string | null,
): { consulate: Consulate | null; procedure: Procedure | null; slot: Slot | null } {
  const api = useApi();
  const queryClient = useQueryClient();
  const consulates = useQuery(consulatesQuery(api));
  const procedures = useQuery(proceduresQuery(api));
  const cached = slotId
    ? findCachedSlot(queryClient.getQueriesData<SlotPage>({ queryKey: queryKeys.slots.all() }), slotId)
    : null;
  const consulate = consulates.data?.find((c) => c.id === (cached?.consulateId ?? consulateId)) ?? null;
  const procedure = procedures.data?.find((p) => p.id === procedureId) ?? null;
  const range = consulate ? slotWindow(consulate.timeZone) : { from: '', to: '' };
  const page = useQuery({
    ...slotsQuery(api, consulate?.id ?? '', range.from, range.to),
    enabled: consulate !== null && slotId !== null && cached === null,
  });
  const slot = cached ?? page.data?.items.find((s) => s.id === slotId) ?? null;
  return { consulate, procedure, slot };
}

function findCachedSlot(pages: readonly [unknown, SlotPage | undefined][], slotId: string): Slot | null {
  for (const [, page] of pages) {
    const slot = page?.items.find((s) => s.id === slotId);
    if (slot) return slot;
  }
  return null;
}
