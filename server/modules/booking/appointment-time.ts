import type { Transaction } from 'kysely';
import type { Database, ReservationRow } from '../../platform/db/schema';
import { findSlot } from '../slots';
import { DomainError } from '../../kernel/domain-error';

/**
 * An appointment whose time has come is history: it is neither cancelled nor moved afterwards (the
 * person went, or did not), and it no longer blocks a new booking (see lapse-past-bookings.ts).
 */
export async function refusePast(
  trx: Transaction<Database>,
  booking: Pick<ReservationRow, 'slot_id' | 'lapsed_at'>,
  now: Date,
  verb: 'cancelled' | 'rescheduled',
): Promise<void> {
  const slot = await findSlot(trx, booking.slot_id);
  if (!slot) throw new Error(`slot ${booking.slot_id} of a booking is missing`);
  if (booking.lapsed_at === null && slot.start_at > now.toISOString()) return;
  throw new DomainError(
    'appointment_not_active',
    `That appointment's time (${slot.local_start.replace('T', ' ')} consulate time) has passed, so it can no longer be ${verb}. Book a new appointment instead.`,
  );
}
