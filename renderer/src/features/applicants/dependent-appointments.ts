import type { Appointment } from '../../../../shared/api/booking/appointments';
import type { DependentAppointment } from '../../../../shared/api/booking/dependent-appointments';
import type { Procedure } from '../../../../shared/api/reference/procedures';

/**
 * The caller's coming appointments that follow `appointment` (a birth registration after its
 * document review): cancelling the review cancels them too, so the operator is told before. The
 * server has the last word (a 409 `dependent_appointment` names them when this list did not).
 */
export function dependentsInList(
  appointment: Appointment,
  appointments: readonly Appointment[],
  procedures: readonly Pick<Procedure, 'id' | 'requiresProcedureId'>[],
  nowMs: number,
): DependentAppointment[] {
  const follows = new Set(
    procedures.filter((p) => p.requiresProcedureId === appointment.procedureId).map((p) => p.id),
  );
  return appointments
    .filter(
      (a) =>
        a.id !== appointment.id &&
        a.status === 'booked' &&
        follows.has(a.procedureId) &&
        Date.parse(a.start) > nowMs,
    )
    .map((a) => ({
      appointmentId: a.id,
      confirmationCode: a.confirmationCode,
      procedureId: a.procedureId,
      consulateId: a.consulateId,
      date: a.localStart.slice(0, 10),
      localStart: a.localStart,
    }));
}
