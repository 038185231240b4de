import type { Transaction } from 'kysely';
import type { Appointment } from '../../../shared/api/booking/appointments';
import type { DependentAppointmentsDetails } from '../../../shared/api/booking/dependent-appointments';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database, ReservationRow } from '../../platform/db/schema';
import { moveSeat, type SeatCounts } from '../slots';
import { findAppointmentView, findReservation } from './reservation-repository';
import { findApplicantInSandboxes } from '../applicants';
import { findSlotForBooking, isDayClosed } from '../slots';
import { isPractice, readableApplicantSandboxes } from '../../kernel/actor';
import { refuseStarted } from './bookable-slot';
import { checkEligibility } from './eligibility-check';
import type { Actor } from '../../kernel/actor';
import { freshConfirmationCode } from './confirmation-codes';
import { DomainError } from '../../kernel/domain-error';
import type { BookingDeps } from './booking-deps';
import { liveHoldOf } from './hold-commands';
import { appointmentIdFor } from '../../kernel/ids';
import { runOncePerKey, requestHash, type IdempotentResult } from './idempotency';
import { presentAppointment } from './presenters';
import { transitionReservation } from './reservation-transition';
import { checkPrerequisite, dependentsBrokenWithout, describeDependent, nameDependent } from './prerequisite';

/** Turns a live hold into an appointment, once per Idempotency-Key. */
export async function confirmAppointment(
  deps: BookingDeps,
  actor: Actor,
  holdId: string,
  idempotencyKey: string,
): Promise<IdempotentResult<Appointment>> {
  const now = deps.clock();
  const result = await deps.transact((trx) =>
    runOncePerKey(
      trx,
      {
        userId: actor.userId,
        key: idempotencyKey,
        hash: requestHash('appointments.confirm', { holdId }),
        at: now,
        statusCode: 201,
      },
      async () => {
        const hold = await liveHoldOf(trx, actor, holdId, now);
        const seats: SeatCounts[] = [];
        const appointment = await bookHold(trx, deps, actor, hold, now, seats);
        await deps.slotChanges.record(trx, actor.sandbox, seats);
        return appointment;
      },
    ),
  );
  if (!result.replayed && !isPractice(actor.sandbox)) deps.events?.booked(result.body.consulateId);
  return result;
}

/**
 * Books a live hold in the caller's transaction: the replaced booking (if any) is given up first,
 * so the one-active-booking index holds at every statement. Seat changes are collected in `seats`.
 */
export async function bookHold(
  trx: Transaction<Database>,
  deps: BookingDeps,
  actor: Actor,
  hold: ReservationRow,
  now: Date,
  seats: SeatCounts[],
): Promise<Appointment> {
  const slot = await findSlotForBooking(trx, hold.slot_id);
  if (!slot) throw new Error(`slot ${hold.slot_id} of hold ${hold.id} is missing`);
  if (await isDayClosed(trx, slot.consulate_id, slot.local_date)) {
    throw new DomainError(
      'day_closed',
      'The consulate closed that day while the seat was held. Choose another day.',
    );
  }
  refuseStarted(slot, now, true);
  const applicant = await findApplicantInSandboxes(
    trx,
    readableApplicantSandboxes(actor.sandbox),
    hold.applicant_id,
  );
  if (!applicant) throw new Error(`applicant ${hold.applicant_id} of hold ${hold.id} is missing`);
  await checkEligibility(trx, applicant, hold.procedure_id, slot.local_date);
  await checkPrerequisite(trx, actor.sandbox, hold.applicant_id, hold.procedure_id, slot);
  if (hold.replaces_id) seats.push(await giveUpReplaced(trx, actor, hold, now));
  const code = await freshConfirmationCode(trx, deps.randomInt);
  const appointmentId = appointmentIdFor(hold.id);
  await transitionReservation(trx, hold.id, 'held', {
    status: 'booked',
    appointment_id: appointmentId,
    confirmation_code: code,
    booked_by: actor.userId,
    booked_at: now.toISOString(),
    call_id: actor.callId ?? hold.call_id,
  });
  const seat = await moveSeat(trx, actor.sandbox, hold.slot_id, 'bookHeld');
  if (!seat) throw new Error(`seat ledger out of step for hold ${hold.id}`);
  seats.push(seat);
  await appendAudit(
    trx,
    now,
    actor,
    'appointment.booked',
    { type: 'appointment', id: appointmentId },
    {
      holdId: hold.id,
      slotId: hold.slot_id,
      confirmationCode: code,
      replaces: hold.replaces_id ? appointmentIdFor(hold.replaces_id) : null,
    },
  );
  // A moved visit that others follow (a review before its registration) must still come early enough.
  if (hold.replaces_id) await refuseBrokenChain(trx, actor, hold, slot.local_date, now);
  // Told in this transaction: a booking refused above, or rolled back later, queues nothing.
  await deps.notices.record(trx, {
    kind: hold.replaces_id ? 'rescheduled' : 'booked',
    sandbox: actor.sandbox,
    reservationId: hold.id,
    at: now,
  });
  const view = await findAppointmentView(trx, actor.sandbox, appointmentId);
  if (!view) throw new Error(`appointment ${appointmentId} vanished inside its own transaction`);
  return presentAppointment(view);
}

/** The move is refused, and the whole transaction with it, when a following visit would lose its prerequisite. */
async function refuseBrokenChain(
  trx: Transaction<Database>,
  actor: Actor,
  hold: ReservationRow,
  newDate: string,
  now: Date,
): Promise<void> {
  const broken = await dependentsBrokenWithout(
    trx,
    actor.sandbox,
    hold.applicant_id,
    hold.procedure_id,
    null,
    now,
  );
  const first = broken[0];
  if (!first) return;
  throw new DomainError(
    'prerequisite_missing',
    `Moving the ${hold.procedure_id} to ${newDate} would break the ${nameDependent(first.booking)}: ${first.why.message} Move or cancel the ${first.booking.procedure_id} first.`,
    {
      dependents: broken.map(({ booking }) => describeDependent(booking)),
    } satisfies DependentAppointmentsDetails,
  );
}

/** The booking a reschedule replaces is given up in the same transaction that books the new seat. */
async function giveUpReplaced(
  trx: Transaction<Database>,
  actor: Actor,
  hold: ReservationRow,
  now: Date,
): Promise<SeatCounts> {
  const old = await findReservation(trx, actor.sandbox, hold.replaces_id as string);
  if (!old || old.status !== 'booked')
    throw new DomainError('appointment_not_active', 'The appointment being rescheduled is no longer booked.');
  await transitionReservation(trx, old.id, 'booked', {
    status: 'rescheduled',
    ended_by: actor.userId,
    ended_at: now.toISOString(),
  });
  const seat = await moveSeat(trx, actor.sandbox, old.slot_id, 'releaseBooked');
  if (!seat) throw new Error(`seat ledger out of step for appointment ${old.appointment_id}`);
  await appendAudit(
    trx,
    now,
    actor,
    'appointment.rescheduled',
    { type: 'appointment', id: old.appointment_id as string },
    { fromSlotId: old.slot_id, toSlotId: hold.slot_id, to: appointmentIdFor(hold.id) },
  );
  return seat;
}
