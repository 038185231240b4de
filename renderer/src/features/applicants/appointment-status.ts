import type { Appointment } from '../../../../shared/api/booking/appointments';

/**
 * `closed`: still booked and ahead, but its consulate is closed that day (a holiday or a lead's
 * closure): the caller must be rebooked, never told it stands.
 */
export type AppointmentState = 'booked' | 'closed' | 'past' | 'cancelled';

/** Booked and still ahead (open or closed day): the only appointments that can be moved or cancelled. */
export function appointmentState(
  a: Pick<Appointment, 'status' | 'start' | 'closure'>,
  nowMs: number,
): AppointmentState {
  if (a.status === 'cancelled') return 'cancelled';
  if (Date.parse(a.start) <= nowMs) return 'past';
  return a.closure ? 'closed' : 'booked';
}

/** Whether an appointment in this state can still be rescheduled or cancelled. */
export const isChangeable = (state: AppointmentState) => state === 'booked' || state === 'closed';
