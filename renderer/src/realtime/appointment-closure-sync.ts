import type { QueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../shared/api/booking/appointments';
import type { SlotsChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';

/**
 * Appointments the console holds (the read-back's one, the caller's list) whose slot just lost all
 * its seats may be on a day that closed: they are read again, so a closure shows before anyone
 * reads the date out or calls the appointment "active". Only the cached appointments whose own
 * slot changed to 0 are asked again; a page of slots alone never refetches appointments.
 */
export function recheckAppointmentsOfEmptiedSlots(
  queryClient: QueryClient,
  event: SlotsChangedPayload,
): void {
  const emptied = new Set(event.changes.filter((c) => c.available === 0).map((c) => c.slotId));
  if (emptied.size === 0) return;
  const affected = (a: Appointment) => a.status === 'booked' && emptied.has(a.slotId);
  for (const [key, data] of queryClient.getQueriesData<Appointment | Appointment[]>({
    queryKey: queryKeys.appointments.all(),
  })) {
    if (!data) continue;
    if (Array.isArray(data) ? data.some(affected) : affected(data))
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
  }
}
