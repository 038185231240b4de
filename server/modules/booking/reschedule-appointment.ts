import type { Appointment } from '../../../shared/api/booking/appointments';
import type { SeatCounts } from '../slots';
import { moveSeat } from '../slots';
import { findReservation, insertReservation } from './reservation-repository';
import { appendAudit } from '../../platform/audit/audit-log';
import { isUniqueViolation } from '../../platform/db/constraint-violation';
import type { Actor } from '../../kernel/actor';
import { bookHold } from './confirm-appointment';
import { DomainError, notFound } from '../../kernel/domain-error';
import type { BookingDeps } from './booking-deps';
import { holdIdFor } from '../../kernel/ids';
import { bookableSlot } from './bookable-slot';
import { refusePast } from './appointment-time';
import { newHoldRow } from './hold-row';
import { runOncePerKey, requestHash, type IdempotentResult } from './idempotency';

/**
 * Moves a booking to another slot in one transaction: the new seat is taken and the old one
 * freed together, or nothing changes. Once per Idempotency-Key.
 */
export async function rescheduleAppointment(
  deps: BookingDeps,
  actor: Actor,
  appointmentId: string,
  slotId: string,
  idempotencyKey: string,
): Promise<IdempotentResult<Appointment>> {
  const now = deps.clock();
  const hash = requestHash('appointments.reschedule', { appointmentId, slotId });
  return deps
    .transact((trx) =>
      runOncePerKey(
        trx,
        { userId: actor.userId, key: idempotencyKey, hash, at: now, statusCode: 201 },
        async () => {
          const old = await findReservation(trx, actor.sandbox, holdIdFor(appointmentId));
          if (!old || old.appointment_id !== appointmentId) throw notFound('That appointment');
          if (old.status !== 'booked')
            throw new DomainError(
              'appointment_not_active',
              'That appointment is no longer booked, so it cannot be rescheduled.',
            );
          await refusePast(trx, old, now, 'rescheduled');
          if (old.slot_id === slotId)
            throw new DomainError('invalid_request', 'The new time is the same as the current one.');
          const slot = await bookableSlot(trx, slotId, now);
          const seat = await moveSeat(trx, actor.sandbox, slotId, 'hold');
          if (!seat)
            throw new DomainError('slot_full', 'That time has no free seats left. Choose another time.');
          // A hold that lives only inside this transaction: booked at once below.
          const hold = newHoldRow(
            actor,
            {
              slotId,
              consulateId: slot.consulate_id,
              applicantId: old.applicant_id,
              procedureId: old.procedure_id,
              bookingGroup: old.booking_group,
              replacesId: old.id,
              expiresAt: now.toISOString(),
            },
            now,
          );
          await insertReservation(trx, hold);
          await appendAudit(
            trx,
            now,
            actor,
            'hold.created',
            { type: 'hold', id: hold.id },
            { slotId, reschedules: appointmentId },
          );
          const seats: SeatCounts[] = [];
          const appointment = await bookHold(trx, deps, actor, hold, now, seats);
          await deps.slotChanges.record(trx, actor.sandbox, seats);
          return appointment;
        },
      ),
    )
    .catch((error: unknown) => {
      // The one-pending-reschedule index: a replacing hold for this appointment is already waiting.
      if (isUniqueViolation(error)) {
        throw new DomainError(
          'duplicate_appointment',
          'A new time for this appointment is already on hold. Confirm or release that hold first.',
        );
      }
      throw error;
    });
}
