import type { Transaction } from 'kysely';
import type { Appointment } from '../../../shared/api/booking/appointments';
import type { DependentAppointmentsDetails } from '../../../shared/api/booking/dependent-appointments';
import { appendAudit } from '../../platform/audit/audit-log';
import type { Database } from '../../platform/db/schema';
import { moveSeat, type SeatCounts } from '../slots';
import { findAppointmentView } from './reservation-repository';
import { isPractice, type Actor } from '../../kernel/actor';
import { refusePast } from './appointment-time';
import { DomainError, notFound } from '../../kernel/domain-error';
import type { BookingDeps } from './booking-deps';
import { presentAppointment } from './presenters';
import { dependentsBrokenWithout, describeDependent, nameDependent } from './prerequisite';
import { transitionReservation } from './reservation-transition';

export interface CancelOptions {
  /** Also cancel the coming visits that depend on this one (a registration on its review). */
  cancelDependents?: boolean;
}

/**
 * Cancels a booking and frees its seat at once. Cancelling a cancelled appointment changes nothing.
 * A document review that a coming registration depends on is cancelled only together with it, when
 * the operator says so (`cancelDependents`): both in this one transaction, or neither.
 */
export async function cancelAppointment(
  deps: BookingDeps,
  actor: Actor,
  appointmentId: string,
  reason: string | null,
  options: CancelOptions = {},
): Promise<Appointment> {
  const now = deps.clock();
  let cancelled = 0;
  const appointment = await deps.transact(async (trx) => {
    cancelled = 0;
    const view = await findAppointmentView(trx, actor.sandbox, appointmentId);
    if (!view) throw notFound('That appointment');
    if (view.status === 'cancelled') return presentAppointment(view);
    if (view.status !== 'booked')
      throw new DomainError(
        'appointment_not_active',
        'That appointment was rescheduled; cancel the new one instead.',
      );
    await refusePast(trx, view, now, 'cancelled');
    const broken = await dependentsBrokenWithout(
      trx,
      actor.sandbox,
      view.applicant_id,
      view.procedure_id,
      view.id,
      now,
    );
    if (broken.length > 0 && !options.cancelDependents) {
      const names = broken.map((b) => nameDependent(b.booking)).join('; ');
      throw new DomainError(
        'dependent_appointment',
        `The ${names} depends on this ${view.procedure_id}: cancelling it would leave that visit without its prerequisite. Cancel both together (cancelDependents), or keep this one.`,
        {
          dependents: broken.map(({ booking }) => describeDependent(booking)),
        } satisfies DependentAppointmentsDetails,
      );
    }
    const seats: SeatCounts[] = [];
    await cancelOne(trx, deps, actor, view.id, view.slot_id, appointmentId, now, seats, {
      reason,
      dependentsCancelled: broken.map((b) => b.booking.appointment_id),
    });
    for (const { booking } of broken) {
      await cancelOne(trx, deps, actor, booking.id, booking.slot_id, booking.appointment_id, now, seats, {
        reason,
        cancelledWith: appointmentId,
      });
    }
    if (seats.length > 0) await deps.slotChanges.record(trx, actor.sandbox, seats);
    cancelled = 1 + broken.length;
    return presentAppointment({ ...view, status: 'cancelled' });
  });
  if (cancelled > 0 && !isPractice(actor.sandbox)) deps.events?.cancelled(appointment.consulateId, cancelled);
  return appointment;
}

async function cancelOne(
  trx: Transaction<Database>,
  deps: BookingDeps,
  actor: Actor,
  reservationId: string,
  slotId: string,
  appointmentId: string,
  now: Date,
  seats: SeatCounts[],
  details: Record<string, unknown>,
) {
  await transitionReservation(trx, reservationId, 'booked', {
    status: 'cancelled',
    ended_by: actor.userId,
    ended_at: now.toISOString(),
  });
  const seat = await moveSeat(trx, actor.sandbox, slotId, 'releaseBooked');
  if (seat) seats.push(seat);
  await appendAudit(
    trx,
    now,
    actor,
    'appointment.cancelled',
    { type: 'appointment', id: appointmentId },
    { slotId, ...details },
  );
  await deps.notices.record(trx, { kind: 'cancelled', sandbox: actor.sandbox, reservationId, at: now });
}
