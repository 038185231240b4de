import type { Appointment } from '../../../../shared/api/booking/appointments';

/** A returning caller usually books where they went last: the consulate of their latest appointment. */
export function lastAppointmentConsulateId(appointments: readonly Appointment[] | undefined): string | null {
  let latest: Appointment | null = null;
  for (const a of appointments ?? []) if (!latest || a.start > latest.start) latest = a;
  return latest?.consulateId ?? null;
}
