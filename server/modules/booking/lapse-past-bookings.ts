import type { Transaction } from 'kysely';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database } from '../../platform/db/schema';
import { findPastBookingsToLapse, markLapsed } from './reservation-repository';
import { systemActor, type Actor } from '../../kernel/actor';

/**
 * Bookings of the applicant in this group whose time has started stop counting as active
 * (`lapsed_at`): yesterday's matrícula never blocks the next one, and nothing is cancelled, so the
 * history stays as it happened. Run in the new hold's transaction, before its duplicate check.
 */
export async function lapsePastBookings(
  trx: Transaction<Database>,
  actor: Actor,
  applicantId: string,
  bookingGroup: string,
  now: Date,
): Promise<number> {
  const past = await findPastBookingsToLapse(
    trx,
    actor.sandbox,
    applicantId,
    bookingGroup,
    now.toISOString(),
  );
  let lapsed = 0;
  for (const booking of past) {
    if (!(await markLapsed(trx, booking.id, now.toISOString()))) continue;
    lapsed++;
    // The system lapses it, during the call that books the next one.
    await appendAudit(
      trx,
      now,
      { ...systemActor, sandbox: actor.sandbox, callId: actor.callId },
      'appointment.lapsed',
      { type: 'appointment', id: booking.appointment_id as string },
      {
        slotId: booking.slot_id,
        procedureId: booking.procedure_id,
        bookingGroup,
        lapsedForUser: actor.userId,
      },
    );
  }
  return lapsed;
}
