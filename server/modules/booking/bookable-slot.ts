import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { bookableFrom, findSlotForBooking, isDayClosed, type SlotForBooking } from '../slots';
import { DomainError, notFound } from '../../kernel/domain-error';

/** Refuses a slot that has started: nobody can be booked into a time already under way. */
export function refuseStarted(
  slot: Pick<SlotForBooking, 'start_at' | 'local_start'>,
  now: Date,
  whileHeld = false,
): void {
  if (slot.start_at > now.toISOString()) return;
  const when = `${slot.local_start.replace('T', ' ')} consulate time`;
  throw new DomainError(
    'slot_in_past',
    whileHeld
      ? `That time (${when}) started while the seat was held: it can no longer be booked. Choose a later time.`
      : `That time (${when}) has already started: it can no longer be booked. Choose a later time.`,
  );
}

/**
 * The slot a new seat is taken on: it exists, has not started, starts no sooner than the
 * consulate's lead time, and its day is open.
 */
export async function bookableSlot(
  trx: Transaction<Database>,
  slotId: string,
  now: Date,
): Promise<SlotForBooking> {
  const slot = await findSlotForBooking(trx, slotId);
  if (!slot) throw notFound('That slot');
  refuseStarted(slot, now);
  const earliest = bookableFrom(now, slot.min_lead_minutes);
  if (slot.start_at < earliest.toISOString()) {
    throw new DomainError(
      'slot_too_soon',
      `Booking at ${slot.consulate_id} closes ${slot.min_lead_minutes} minutes before a time starts, and ${slot.local_start.replace('T', ' ')} (consulate time) is sooner than that. Choose a later time.`,
      { minLeadMinutes: slot.min_lead_minutes, bookableFrom: earliest.toISOString() },
    );
  }
  if (await isDayClosed(trx, slot.consulate_id, slot.local_date))
    throw new DomainError('day_closed', 'The consulate is closed that day. Choose another day.');
  return slot;
}
