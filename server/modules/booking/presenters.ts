import type { Appointment } from '../../../shared/api/booking/appointments';
import type { Hold } from '../../../shared/api/booking/holds';
import type { ReservationRow } from '../../platform/db/schema';
import { closureOf } from './appointment-closure';
import type { AppointmentView } from './reservation-repository';
import { appointmentIdFor } from '../../kernel/ids';

export function presentHold(row: ReservationRow): Hold {
  return {
    id: row.id,
    slotId: row.slot_id,
    applicantId: row.applicant_id,
    procedureId: row.procedure_id,
    expiresAt: row.expires_at,
    replacesAppointmentId: row.replaces_id ? appointmentIdFor(row.replaces_id) : null,
  };
}

/** The public status has two values: a rescheduled appointment reads as cancelled, with a pointer. */
export function presentAppointment(row: AppointmentView): Appointment & { rescheduledTo?: string } {
  const appointment: Appointment & { rescheduledTo?: string } = {
    id: row.appointment_id as string,
    confirmationCode: row.confirmation_code as string,
    status: row.status === 'booked' ? 'booked' : 'cancelled',
    slotId: row.slot_id,
    consulateId: row.consulate_id,
    applicantId: row.applicant_id,
    procedureId: row.procedure_id,
    start: row.start_at,
    localStart: row.local_start,
    closure: closureOf(row),
  };
  if (row.rescheduled_to) appointment.rescheduledTo = row.rescheduled_to;
  return appointment;
}
