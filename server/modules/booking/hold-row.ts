import type { ReservationRow } from '../../platform/db/schema';
import type { Actor } from '../../kernel/actor';
import { newHoldId } from '../../kernel/ids';

/**
 * Who holds a seat freed for a waitlisted applicant (`held_by`): no operator, so any operator or
 * lead of the sandbox may confirm or release it, and no user's hold limit counts it.
 */
export const WAITLIST_HOLDER = 'waitlist';

/** A new `held` reservation row taken by `actor` now. */
export function newHoldRow(
  actor: Actor,
  hold: {
    slotId: string;
    consulateId: string;
    applicantId: string;
    procedureId: string;
    bookingGroup: string;
    replacesId: string | null;
    expiresAt: string;
  },
  now: Date,
): ReservationRow {
  return {
    id: newHoldId(),
    appointment_id: null,
    confirmation_code: null,
    sandbox: actor.sandbox,
    slot_id: hold.slotId,
    consulate_id: hold.consulateId,
    applicant_id: hold.applicantId,
    procedure_id: hold.procedureId,
    booking_group: hold.bookingGroup,
    status: 'held',
    lapsed_at: null,
    replaces_id: hold.replacesId,
    expires_at: hold.expiresAt,
    held_by: actor.userId,
    held_at: now.toISOString(),
    booked_by: null,
    booked_at: null,
    ended_by: null,
    ended_at: null,
    call_id: actor.callId,
  };
}
