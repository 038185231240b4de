import type { Slot } from '../../../shared/api/slots';
import { availableSeats } from '../../../shared/domain/booking/availability';
import type { SlotView } from './slot-repository';

/** The first instant a slot may start at to be booked now: the consulate's lead time from now. */
export const bookableFrom = (now: Date, minLeadMinutes: number) =>
  new Date(now.getTime() + minLeadMinutes * 60_000);

export function presentSlot(view: SlotView): Slot {
  return {
    id: view.id,
    consulateId: view.consulateId,
    start: view.start,
    end: view.end,
    localStart: view.localStart,
    capacity: view.capacity,
    available: availableSeats(view),
  };
}

/**
 * A slot as bookers see it: one that starts before `bookableFrom` (now plus the consulate's lead
 * time) offers no seat to anyone, whatever its counters say: it has started, or is too soon.
 */
export function presentBookableSlot(view: SlotView, bookableFrom: string): Slot {
  const slot = presentSlot(view);
  return view.start < bookableFrom ? { ...slot, available: 0 } : slot;
}
