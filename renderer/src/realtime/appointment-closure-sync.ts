import type { QueryClient } from '@tanstack/react-query';
import type { Appointment } from '../../../shared/api/appointments';
import type { SlotsChangedPayload } from '../../../shared/realtime/events';
import { queryKeys } from '../api/query-keys';

/**
 * An appointment on screen (the read-back) whose slot just lost all its seats may be on a day that
 * closed: it is read again, so a closure shows before anyone reads the date out. Only the
 * appointments shown one by one are asked, and only when their own slot changed to 0.
 */
export function recheckAppointmentsOfEmptiedSlots(queryClient: QueryClient, event: SlotsChangedPayload): void {
  const emptied = new Set(event.changes.filter((c) => c.available === 0).map((c) => c.slotId));
  if (emptied.size === 0) return;
  for (const [key, appointment] of queryClient.getQueriesData<Appointment>({ queryKey: queryKeys.appointments.details() })) {
    if (appointment && appointment.status === 'booked' && emptied.has(appointment.slotId)) void queryClient.invalidateQueries({ queryKey: key, exact: true });
  }
}
