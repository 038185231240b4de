import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { putSlotsInCache, setDaySeats, setSlotCapacity } from '../../../api/capacity';
import type { SeatChange } from '../day-seats';

/**
 * One slot's seats, or every slot of the day to the same number. The slots the server answers
 * with go into the cached pages at once (`slots:changed` carries only what is available).
 */
export function useChangeSeats(consulateId: string, date: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (c: SeatChange) =>
      c.kind === 'slot'
        ? setSlotCapacity(api, c.slotId, c.capacity).then((s) => [s])
        : setDaySeats(api, consulateId, date, { capacity: c.capacity }),
    onSuccess: (changed) => putSlotsInCache(queryClient, consulateId, changed),
  });
}
