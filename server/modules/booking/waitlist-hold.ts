import { sql, type Transaction } from 'kysely';
import { appendAudit } from '../../platform/audit/audit-log';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import type { Database, ReservationRow } from '../../platform/db/schema';
import { findApplicantInSandboxes } from '../applicants';
import { moveSeat, type SeatCounts } from '../slots';
import { readableApplicantSandboxes, systemActor, type Actor } from '../../kernel/actor';
import { DomainError } from '../../kernel/domain-error';
import { bookableSlot } from './bookable-slot';
import { checkEligibility } from './eligibility-check';
import { WAITLIST_HOLDER, newHoldRow } from './hold-row';
import { lapsePastBookings } from './lapse-past-bookings';
import { checkPrerequisite } from './prerequisite';
import { findActiveFor, findReservation, insertReservation } from './reservation-repository';
import { duplicateFor, giveHeldSeatBack } from './hold-commands';

/** What became of an attempt to hold a seat for a waitlisted applicant. */
export type WaitlistSeatResult =
  | { kind: 'held'; hold: ReservationRow; seat: SeatCounts }
  /** The applicant already has an active appointment of the group: the entry is settled as booked. */
  | { kind: 'booked'; appointmentId: string }
  /** The booking rules refuse this seat for this applicant (`reason.code` says why); try another. */
  | { kind: 'refused'; reason: DomainError };

export interface WaitlistSeatRequest {
  sandbox: string;
  slotId: string;
  applicantId: string;
  procedureId: string;
  bookingGroup: string;
  /** When the offer lapses (the hold's `expires_at`). */
  expiresAt: string;
  /** The call the entry was made in, kept on the hold (the audit groups the call's changes). */
  callId: string | null;
}

const waitlistActor = (sandbox: string, callId: string | null): Actor => ({
  ...systemActor,
  userId: WAITLIST_HOLDER,
  sandbox,
  callId,
});

/**
 * Holds a free seat for a waitlisted applicant in the caller's transaction, under the same rules as
 * an operator's hold (the slot bookable now, the day open, the applicant eligible on its date, the
 * chain's prerequisite, one active reservation per applicant and group), but held by the waitlist:
 * any operator or lead of the sandbox may confirm or release it, and no operator's hold limits
 * count it. Only a free seat is taken (the seat ledger's conditional update). A refusal changes
 * nothing: the attempt runs in a savepoint, so a race lost on the one-active-booking index rolls
 * back alone instead of failing the change that freed the seat.
 */
export async function holdSeatForWaitlist(
  trx: Transaction<Database>,
  request: WaitlistSeatRequest,
  now: Date,
): Promise<WaitlistSeatResult> {
  const actor = waitlistActor(request.sandbox, request.callId);
  await sql`savepoint waitlist_seat`.execute(trx);
  try {
    const result = await attempt(trx, actor, request, now);
    if (result.kind === 'held') await sql`release savepoint waitlist_seat`.execute(trx);
    else await rollBack(trx);
    return result;
  } catch (error) {
    await rollBack(trx);
    if (error instanceof DomainError) return { kind: 'refused', reason: error };
    if (isUniqueViolation(error))
      return {
        kind: 'refused',
        reason: new DomainError(
          'duplicate_appointment',
          'The applicant took a seat of this group meanwhile.',
        ),
      };
    throw error;
  }
}

async function rollBack(trx: Transaction<Database>) {
  await sql`rollback to savepoint waitlist_seat`.execute(trx);
  await sql`release savepoint waitlist_seat`.execute(trx);
}

async function attempt(
  trx: Transaction<Database>,
  actor: Actor,
  request: WaitlistSeatRequest,
  now: Date,
): Promise<WaitlistSeatResult> {
  const slot = await bookableSlot(trx, request.slotId, now);
  const applicant = await findApplicantInSandboxes(
    trx,
    readableApplicantSandboxes(request.sandbox),
    request.applicantId,
  );
  if (!applicant) return { kind: 'refused', reason: new DomainError('not_found', 'The applicant is gone.') };
  await lapsePastBookings(trx, actor, request.applicantId, request.bookingGroup, now);
  const active = await findActiveFor(trx, request.sandbox, request.applicantId, request.bookingGroup);
  if (active?.status === 'booked' && active.appointment_id)
    return { kind: 'booked', appointmentId: active.appointment_id };
  if (active) return { kind: 'refused', reason: duplicateFor(active) };
  await checkEligibility(trx, applicant, request.procedureId, slot.local_date);
  await checkPrerequisite(trx, request.sandbox, request.applicantId, request.procedureId, slot);
  const seat = await moveSeat(trx, request.sandbox, request.slotId, 'hold');
  if (!seat) return { kind: 'refused', reason: new DomainError('slot_full', 'That time has no free seat.') };
  const row = newHoldRow(
    actor,
    {
      slotId: request.slotId,
      consulateId: slot.consulate_id,
      applicantId: request.applicantId,
      procedureId: request.procedureId,
      bookingGroup: request.bookingGroup,
      replacesId: null,
      expiresAt: request.expiresAt,
    },
    now,
  );
  await insertReservation(trx, row);
  await appendAudit(
    trx,
    now,
    actor,
    'hold.created',
    { type: 'hold', id: row.id },
    {
      slotId: request.slotId,
      applicantId: request.applicantId,
      procedureId: request.procedureId,
      expiresAt: row.expires_at,
      heldFor: 'waitlist',
    },
  );
  return { kind: 'held', hold: row, seat };
}

/**
 * Releases the hold of an offered waitlist entry taken off the list, in the caller's transaction:
 * the seat is free again (the caller records it, so the next entry is offered it). Null when the
 * hold was no longer held (booked, expired or released meanwhile).
 */
export async function releaseWaitlistHold(
  trx: Transaction<Database>,
  actor: Actor,
  holdId: string,
  now: Date,
): Promise<SeatCounts | null> {
  const hold = await findReservation(trx, actor.sandbox, holdId);
  if (!hold || hold.status !== 'held') return null;
  return giveHeldSeatBack(trx, actor, hold, now, { heldFor: 'waitlist' });
}

/**
 * Refuses a waitlist entry for an applicant who already has an active appointment (or a seat on
 * hold) of the procedure's booking group: 409 `duplicate_appointment`, naming it.
 */
export async function refuseActiveReservation(
  trx: Transaction<Database>,
  actor: Actor,
  applicantId: string,
  bookingGroup: string,
  now: Date,
): Promise<void> {
  await lapsePastBookings(trx, actor, applicantId, bookingGroup, now);
  const active = await findActiveFor(trx, actor.sandbox, applicantId, bookingGroup);
  if (active) throw duplicateFor(active);
}
