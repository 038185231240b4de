import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../../shared/api/booking/appointments';
import { lastAppointmentConsulateId } from './consulate-suggestion';

const appointment = (
  consulateId: string,
  start: string,
  status: Appointment['status'] = 'booked',
): Appointment => ({
  id: `apt-${consulateId}-${start}`,
  confirmationCode: 'ABC123',
  status,
  slotId: 'slot-1',
  consulateId,
  applicantId: 'app-1',
  procedureId: 'matricula',
  start,
  localStart: start.slice(0, 16),
  closure: null,
});

describe('lastAppointmentConsulateId', () => {
  it('is the consulate of the latest appointment', () => {
    const list = [
      appointment('PHX', '2026-01-10T16:00:00.000Z'),
      appointment('TUS', '2026-03-02T16:00:00.000Z'),
      appointment('LAX', '2025-12-01T16:00:00.000Z'),
    ];
    expect(lastAppointmentConsulateId(list)).toBe('TUS');
  });

  it('is null for a caller without appointments', () => {
    expect(lastAppointmentConsulateId([])).toBeNull();
    expect(lastAppointmentConsulateId(undefined)).toBeNull();
  });
});
