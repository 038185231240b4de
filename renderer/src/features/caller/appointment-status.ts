import type { Appointment } from '../../../../shared/api/appointments';

export type AppointmentState = 'booked' | 'past' | 'cancelled';

/** Booked and still ahead: the only appointments that can be moved or cancelled. */
export function appointmentState(a: Pick<Appointment, 'status' | 'start'>, nowMs: number): AppointmentState {
  if (a.status === 'cancelled') return 'cancelled';
  return Date.parse(a.start) > nowMs ? 'booked' : 'past';
}
