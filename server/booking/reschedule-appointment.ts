import type { Appointment } from '../../shared/api/appointments';
import type { SeatCounts } from '../repositories/seat-ledger';
import { moveSeat } from '../repositories/seat-ledger';
import { findReservation, insertReservation } from '../repositories/reservation-repository';
import { findSlot, isDayClosed } from '../repositories/slot-repository';
import { appendAudit } from '../audit/audit-log';
import { isUniqueViolation } from '../db/constraint-violation';
import type { Actor } from './actor';
import { bookHold } from './confirm-appointment';
import { DomainError, notFound } from './domain-error';
import type { BookingDeps } from './engine-deps';
import { holdIdFor, newHoldId } from './ids';
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
  const seats: SeatCounts[] = [];
  const hash = requestHash('appointments.reschedule', { appointmentId, slotId });
  const result = await deps.db.transaction().execute((trx) =>
    runOncePerKey(trx, { userId: actor.userId, key: idempotencyKey, hash, at: now, statusCode: 201 }, async () => {
      const old = await findReservation(trx, actor.sandbox, holdIdFor(appointmentId));
      if (!old || old.appointment_id !== appointmentId) throw notFound('That appointment');
      if (old.status !== 'booked') throw new DomainError('appointment_not_active', 'That appointment is no longer booked, so it cannot be rescheduled.');
      if (old.slot_id === slotId) throw new DomainError('invalid_request', 'The new time is the same as the current one.');
      const slot = await findSlot(trx, slotId);
      if (!slot) throw notFound('That slot');
      if (slot.start_at <= now.toISOString()) throw new DomainError('slot_full', 'That time has already passed. Choose a later time.');
      if (await isDayClosed(trx, slot.consulate_id, slot.local_date)) throw new DomainError('day_closed', 'The consulate is closed that day. Choose another day.');
      const seat = await moveSeat(trx, actor.sandbox, slotId, 'hold');
      if (!seat) throw new DomainError('slot_full', 'That time has no free seats left. Choose another time.');
      const hold = {
        ...old,
        id: newHoldId(),
        appointment_id: null,
        confirmation_code: null,
        slot_id: slotId,
        consulate_id: slot.consulate_id,
        status: 'held' as const,
        replaces_id: old.id,
        expires_at: now.toISOString(),
        held_by: actor.userId,
        held_at: now.toISOString(),
        booked_by: null,
        booked_at: null,
        ended_by: null,
        ended_at: null,
        call_id: actor.callId,
      };
      await insertReservation(trx, hold);
      await appendAudit(trx, now, actor, 'hold.created', { type: 'hold', id: hold.id }, { slotId, reschedules: appointmentId });
      return bookHold(trx, deps, actor, hold, now, seats);
    }),
  ).catch((error: unknown) => {
    // The one-pending-reschedule index: a replacing hold for this appointment is already waiting.
    if (isUniqueViolation(error)) {
      throw new DomainError('duplicate_appointment', 'A new time for this appointment is already on hold. Confirm or release that hold first.');
    }
    throw error;
  });
  if (seats.length) deps.slotChanges.publish(actor.sandbox, seats);
  return result;
}
