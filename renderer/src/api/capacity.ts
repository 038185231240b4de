import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  DayClosure,
  DayReopening,
  DaySlots,
  PublishResult,
  type CloseDayBody,
  type DaySeatsBody,
  type PublishSlotsBody,
  type ReopenDayBody,
} from '../../../shared/api/capacity';
import { Slot } from '../../../shared/api/slots';
import type { Api } from './api-client-context';
import { queryKeys } from './query-keys';
import type { SlotPage } from './slots';
import { isApiError } from '../lib/api-error';

const consulatePath = (consulateId: string) => `/api/consulates/${encodeURIComponent(consulateId)}`;
const dayPath = (consulateId: string, date: string) =>
  `${consulatePath(consulateId)}/days/${encodeURIComponent(date)}`;

/** One slot's seats (a lead only); never below what is held and booked. */
export const setSlotCapacity = (api: Api, slotId: string, capacity: number) =>
  api(`/api/slots/${encodeURIComponent(slotId)}`, { method: 'PATCH', body: { capacity }, schema: Slot });

/** Every slot of a consulate's day to the same number of seats; all or nothing. */
export const setDaySeats = (api: Api, consulateId: string, date: string, body: DaySeatsBody) =>
  api(`${dayPath(consulateId, date)}/seats`, { method: 'PUT', body, schema: DaySlots }).then((r) => r.items);

/** The monthly release: slots from the consulate's weekly hours over a date range. */
export const publishSlots = (api: Api, consulateId: string, body: PublishSlotsBody) =>
  api(`${consulatePath(consulateId)}/slots/publish`, { method: 'POST', body, schema: PublishResult });

/** Takes the day out of booking at once; its booked appointments come back to be rebooked. */
export const closeDay = (api: Api, consulateId: string, date: string, body: CloseDayBody) =>
  api(`${dayPath(consulateId, date)}/close`, { method: 'POST', body, schema: DayClosure });

/** Opens a closed day again (a closure lifted, a holiday worked): its seats and appointments come back. */
export const reopenDay = (api: Api, consulateId: string, date: string, body: ReopenDayBody) =>
  api(`${dayPath(consulateId, date)}/reopen`, { method: 'POST', body, schema: DayReopening });

/** The closure of a consulate's day, or null when the day is open. */
export const dayClosureQuery = (api: Api, consulateId: string, date: string) =>
  queryOptions({
    queryKey: queryKeys.capacity.closure(consulateId, date),
    queryFn: async ({ signal }): Promise<DayClosure | null> => {
      try {
        return await api(`${dayPath(consulateId, date)}/closure`, { schema: DayClosure, signal });
      } catch (error) {
        if (isApiError(error) && error.code === 'not_found') return null;
        throw error;
      }
    },
  });

/**
 * Puts slots the server answered with into every cached page of their consulate, so the grid and
 * the capacity table show the new seats at once (`slots:changed` carries only `available`).
 */
export function putSlotsInCache(queryClient: QueryClient, consulateId: string, slots: readonly Slot[]): void {
  const byId = new Map(slots.map((s) => [s.id, s]));
  for (const [key, page] of queryClient.getQueriesData<SlotPage>({
    queryKey: queryKeys.slots.consulate(consulateId),
  })) {
    if (!page || !page.items.some((s) => byId.has(s.id))) continue;
    queryClient.setQueryData<SlotPage>(key, { ...page, items: page.items.map((s) => byId.get(s.id) ?? s) });
  }
}
