import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../shared/api/booking/appointments';
import { queryKeys } from '../api/query-keys';
import { recheckAppointmentsOfEmptiedSlots } from './appointment-closure-sync';

const appointment = (id: string, slotId: string, status: Appointment['status'] = 'booked'): Appointment => ({
  id,
  confirmationCode: 'ABC1234',
  status,
  slotId,
  consulateId: 'YYZ',
  applicantId: 'app-1',
  procedureId: 'visa',
  start: '2027-03-16T13:00:00.000Z',
  localStart: '2027-03-16T09:00',
  closure: null,
});

function cacheWith(entries: [readonly unknown[], Appointment | Appointment[]][]) {
  const queryClient = new QueryClient();
  for (const [key, data] of entries) queryClient.setQueryData(key, data);
  const isStale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { queryClient, isStale };
}

describe('appointments read again when their slot loses every seat (a day that may have closed)', () => {
  it("marks the caller's list and the read-back's appointment stale when their slot goes to 0", () => {
    const list = queryKeys.appointments.ofApplicant('app-1');
    const detail = queryKeys.appointments.detail('apt-1');
    const { queryClient, isStale } = cacheWith([
      [list, [appointment('apt-1', 'YYZ-1'), appointment('apt-2', 'YYZ-2')]],
      [detail, appointment('apt-1', 'YYZ-1')],
    ]);
    recheckAppointmentsOfEmptiedSlots(queryClient, {
      consulateId: 'YYZ',
      changes: [{ slotId: 'YYZ-1', available: 0 }],
      seq: 5,
    });
    expect(isStale(list)).toBe(true);
    expect(isStale(detail)).toBe(true);
  });

  it('leaves appointments alone when their slot still has seats, or when they are cancelled', () => {
    const list = queryKeys.appointments.ofApplicant('app-1');
    const other = queryKeys.appointments.ofApplicant('app-2');
    const { queryClient, isStale } = cacheWith([
      [list, [appointment('apt-1', 'YYZ-1')]],
      [other, [appointment('apt-3', 'YYZ-3', 'cancelled')]],
    ]);
    recheckAppointmentsOfEmptiedSlots(queryClient, {
      consulateId: 'YYZ',
      changes: [
        { slotId: 'YYZ-1', available: 2 },
        { slotId: 'YYZ-3', available: 0 },
      ],
      seq: 6,
    });
    expect(isStale(list)).toBe(false);
    expect(isStale(other)).toBe(false);
  });
});
