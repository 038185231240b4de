import type { Appointment } from '../../shared/api/appointments';
import { appendAudit } from '../audit/audit-log';
import { moveSeat } from '../repositories/seat-ledger';
import { findAppointmentView } from '../repositories/reservation-repository';
import type { Actor } from './actor';
import { DomainError, notFound } from './domain-error';
import type { BookingDeps } from './engine-deps';
import { presentAppointment } from './presenters';
import { transitionReservation } from './reservation-transition';

/** Cancels a booking and frees its seat at once. Cancelling a cancelled appointment changes nothing. */
export async function cancelAppointment(deps: BookingDeps, actor: Actor, appointmentId: string, reason: string | null): Promise<Appointment> {
  const now = deps.clock();
  return deps.transact(async (trx) => {
    const view = await findAppointmentView(trx, actor.sandbox, appointmentId);
    if (!view) throw notFound('That appointment');
    if (view.status === 'cancelled') return presentAppointment(view);
    if (view.status !== 'booked') throw new DomainError('appointment_not_active', 'That appointment was rescheduled; cancel the new one instead.');
    await transitionReservation(trx, view.id, 'booked', { status: 'cancelled', ended_by: actor.userId, ended_at: now.toISOString() });
    const seat = await moveSeat(trx, actor.sandbox, view.slot_id, 'releaseBooked');
    if (seat) await deps.slotChanges.record(trx, actor.sandbox, [seat]);
    await appendAudit(trx, now, actor, 'appointment.cancelled', { type: 'appointment', id: appointmentId }, { slotId: view.slot_id, reason });
    return presentAppointment({ ...view, status: 'cancelled' });
  });
}
