import type { Transaction } from 'kysely';
import type { CreateHoldBody, Hold } from '../../../shared/api/booking/holds';
import { holdExpiresAt, isHoldLive } from '../../../shared/domain/booking/hold-policy';
import { appendAudit } from '../../platform/audit/audit-log';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import type { Database, ReservationRow } from '../../platform/db/schema';
import { findApplicantInSandboxes } from '../applicants';
import { moveSeat, type SeatCounts } from '../slots';
import {
  countLiveHoldsOf,
  findActiveFor,
  findExpiredHoldsBlocking,
  findReservation,
  insertReservation,
  setHoldExpiry,
  type ActiveReservation,
} from './reservation-repository';
import { readableApplicantSandboxes, type Actor } from '../../kernel/actor';
import { DomainError, notFound } from '../../kernel/domain-error';
import type { BookingDeps } from './booking-deps';
import { expireHolds, recordFreed } from './hold-sweeper';
import { holdIdFor } from '../../kernel/ids';
import { bookableSlot } from './bookable-slot';
import { WAITLIST_HOLDER, newHoldRow } from './hold-row';
import { presentHold } from './presenters';
import { transitionReservation } from './reservation-transition';
import { checkPrerequisite } from './prerequisite';
import { findProcedure } from '../reference';
import { checkEligibility } from './eligibility-check';
import { lapsePastBookings } from './lapse-past-bookings';
import { refusePast } from './appointment-time';

const mayActOnOthersHolds = (actor: Actor) => actor.role === 'lead' || actor.role === 'admin';
/** A seat the waitlist holds for a caller: any operator or lead of its sandbox confirms or releases it. */
const mayActOn = (actor: Actor, hold: ReservationRow) =>
  hold.held_by === actor.userId || hold.held_by === WAITLIST_HOLDER || mayActOnOthersHolds(actor);

/** Holds a seat for an applicant while the caller decides. */
export async function createHold(deps: BookingDeps, actor: Actor, input: CreateHoldBody): Promise<Hold> {
  if (!(await deps.holdRateLimiter.tryTake(actor.userId))) {
    throw new DomainError(
      'rate_limited',
      'Too many holds in a short time. Wait a minute before holding another seat.',
    );
  }
  const now = deps.clock();
  const hold = await deps
    .transact(async (trx) => {
      const procedure = await findProcedure(trx, input.procedureId);
      if (!procedure) throw notFound('That procedure');
      const blocking = {
        slotId: input.slotId,
        applicantId: input.applicantId,
        bookingGroup: procedure.booking_group,
      };
      await recordFreed(
        trx,
        deps,
        await expireHolds(
          trx,
          await findExpiredHoldsBlocking(trx, now.toISOString(), actor.sandbox, blocking),
          now,
        ),
      );
      const slot = await checkHoldPreconditions(trx, deps, actor, input, procedure.booking_group, now);
      const seat = await moveSeat(trx, actor.sandbox, input.slotId, 'hold');
      if (!seat) throw new DomainError('slot_full', 'That time has no free seats left. Choose another time.');
      const row = newHoldRow(
        actor,
        {
          slotId: input.slotId,
          consulateId: slot.consulate_id,
          applicantId: input.applicantId,
          procedureId: input.procedureId,
          bookingGroup: procedure.booking_group,
          replacesId: input.replacesAppointmentId ? holdIdFor(input.replacesAppointmentId) : null,
          expiresAt: holdExpiresAt(now, deps.limits.holdTtlSeconds).toISOString(),
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
          slotId: input.slotId,
          applicantId: input.applicantId,
          procedureId: input.procedureId,
          expiresAt: row.expires_at,
        },
      );
      await deps.slotChanges.record(trx, actor.sandbox, [seat]);
      return row;
    })
    .catch(mapDuplicate);
  return presentHold(hold);
}

/**
 * What a consulate would refuse, in the order an operator fixes it: the time (started, too soon,
 * closed), the person (exists, eligible on that date), the chain (its review first), the operator's
 * own hoarding limit, then the one active booking per person and group.
 */
async function checkHoldPreconditions(
  trx: Transaction<Database>,
  deps: BookingDeps,
  actor: Actor,
  input: CreateHoldBody,
  bookingGroup: string,
  now: Date,
) {
  const slot = await bookableSlot(trx, input.slotId, now);
  const applicant = await findApplicantInSandboxes(
    trx,
    readableApplicantSandboxes(actor.sandbox),
    input.applicantId,
  );
  if (!applicant) throw notFound('That applicant');
  await checkEligibility(trx, applicant, input.procedureId, slot.local_date);
  await checkPrerequisite(trx, actor.sandbox, input.applicantId, input.procedureId, slot);
  if ((await countLiveHoldsOf(trx, actor.userId, now.toISOString())) >= deps.limits.maxLiveHoldsPerUser) {
    throw new DomainError(
      'rate_limited',
      `You already hold ${deps.limits.maxLiveHoldsPerUser} seats. Confirm or release one first.`,
    );
  }
  if (input.replacesAppointmentId) await checkReplaceable(trx, actor, input, now);
  else {
    await lapsePastBookings(trx, actor, input.applicantId, bookingGroup, now);
    const active = await findActiveFor(trx, actor.sandbox, input.applicantId, bookingGroup);
    if (active) throw duplicateFor(active);
  }
  return slot;
}

async function checkReplaceable(trx: Transaction<Database>, actor: Actor, input: CreateHoldBody, now: Date) {
  const old = await findReservation(trx, actor.sandbox, holdIdFor(input.replacesAppointmentId as string));
  if (!old || old.appointment_id !== input.replacesAppointmentId)
    throw notFound('The appointment to reschedule');
  if (old.status !== 'booked')
    throw new DomainError(
      'appointment_not_active',
      'That appointment is no longer booked, so it cannot be rescheduled.',
    );
  await refusePast(trx, old, now, 'rescheduled');
  if (old.applicant_id !== input.applicantId || old.procedure_id !== input.procedureId) {
    throw new DomainError('invalid_request', 'A reschedule keeps the same applicant and procedure.');
  }
  if (old.slot_id === input.slotId)
    throw new DomainError('invalid_request', 'The new time is the same as the current one.');
}

/** Names the booking that stands in the way: a passport appointment blocks every other passport. */
export function duplicateFor(active: ActiveReservation) {
  const what =
    active.booking_group === active.procedure_id
      ? `for ${active.procedure_id}`
      : `in the ${active.booking_group} group (${active.procedure_id})`;
  const when = `${active.local_start.replace('T', ' ')} at ${active.consulate_id}`;
  const message =
    active.status === 'booked'
      ? `This applicant already has an appointment ${what}: ${active.confirmation_code} on ${when}. One person has one active appointment ${active.booking_group === active.procedure_id ? 'per procedure' : `of all ${active.booking_group} procedures`}: reschedule or cancel it instead.`
      : `This applicant already has a seat on hold ${what} (${when}). Confirm or release that hold first.`;
  return new DomainError('duplicate_appointment', message, {
    status: active.status,
    appointmentId: active.appointment_id,
    confirmationCode: active.confirmation_code,
    procedureId: active.procedure_id,
    bookingGroup: active.booking_group,
    consulateId: active.consulate_id,
    localStart: active.local_start,
  });
}

/** The partial unique index is the last word: a race that slips past the checks lands here. */
function mapDuplicate(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new DomainError(
      'duplicate_appointment',
      'This applicant already has a seat on hold or an appointment for this procedure (the passports count as one).',
    );
  }
  throw error;
}

/** Gives the caller more time, within the hold's maximum lifetime. */
export async function extendHold(deps: BookingDeps, actor: Actor, holdId: string): Promise<Hold> {
  const now = deps.clock();
  const row = await deps.transact(async (trx) => {
    const hold = await liveHoldOf(trx, actor, holdId, now);
    const cap =
      new Date(hold.held_at).getTime() + deps.limits.maxHoldLifetimeTtls * deps.limits.holdTtlSeconds * 1000;
    const expiresAt = new Date(
      Math.min(holdExpiresAt(now, deps.limits.holdTtlSeconds).getTime(), cap),
    ).toISOString();
    if (expiresAt <= hold.expires_at)
      throw new DomainError(
        'hold_limit_reached',
        'This hold cannot be extended any further. Confirm it or release it.',
      );
    await setHoldExpiry(trx, hold.id, expiresAt);
    await appendAudit(
      trx,
      now,
      actor,
      'hold.extended',
      { type: 'hold', id: hold.id },
      { from: hold.expires_at, to: expiresAt },
    );
    return { ...hold, expires_at: expiresAt };
  });
  return presentHold(row);
}

/** Frees a held seat at once. Releasing a hold that already ended changes nothing. */
export async function releaseHold(deps: BookingDeps, actor: Actor, holdId: string): Promise<void> {
  const now = deps.clock();
  await deps.transact(async (trx) => {
    const hold = await findReservation(trx, actor.sandbox, holdId);
    if (!hold) throw notFound('That hold');
    if (!mayActOn(actor, hold))
      throw new DomainError('forbidden', 'Only the operator who holds this seat can release it.');
    if (hold.status !== 'held') {
      if (hold.status === 'booked')
        throw new DomainError(
          'hold_expired',
          `This hold was already confirmed as appointment ${hold.confirmation_code}. Cancel the appointment instead.`,
        );
      return;
    }
    const seat = await giveHeldSeatBack(trx, actor, hold, now, {});
    if (seat) await deps.slotChanges.record(trx, actor.sandbox, [seat]);
  });
}

/**
 * Ends a live hold as released by this actor, in the caller's transaction: the seat is free again
 * (the caller records the returned counts) and the release is audited with `details`.
 */
export async function giveHeldSeatBack(
  trx: Transaction<Database>,
  actor: Actor,
  hold: ReservationRow,
  now: Date,
  details: Record<string, unknown>,
): Promise<SeatCounts | null> {
  await transitionReservation(trx, hold.id, 'held', {
    status: 'released',
    ended_by: actor.userId,
    ended_at: now.toISOString(),
  });
  const seat = await moveSeat(trx, actor.sandbox, hold.slot_id, 'releaseHold');
  await appendAudit(
    trx,
    now,
    actor,
    'hold.released',
    { type: 'hold', id: hold.id },
    { slotId: hold.slot_id, ...details },
  );
  return seat;
}

/** A hold of this actor's sandbox that is still live, or the refusal that says why not. */
export async function liveHoldOf(
  trx: Transaction<Database>,
  actor: Actor,
  holdId: string,
  now: Date,
): Promise<ReservationRow> {
  const hold = await findReservation(trx, actor.sandbox, holdId);
  if (!hold) throw notFound('That hold');
  if (!mayActOn(actor, hold)) throw new DomainError('forbidden', 'This seat is held by another operator.');
  if (hold.status === 'booked')
    throw new DomainError(
      'hold_expired',
      `This hold was already confirmed as appointment ${hold.confirmation_code}.`,
    );
  if (hold.status !== 'held' || !isHoldLive(hold.expires_at, now)) {
    throw new DomainError(
      'hold_expired',
      'The hold on this seat has expired or was released. Hold a seat again.',
    );
  }
  return hold;
}
