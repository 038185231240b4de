import { describe, expect, it } from 'vitest';
import type { AppointmentClosure } from '../../../../shared/api/booking/appointments';
import { appointmentState, isChangeable } from './appointment-status';

const now = Date.parse('2026-03-01T18:00:00.000Z');
const closure: AppointmentClosure = {
  reason: 'Día de la Constitución',
  closedAt: '2026-02-01T00:00:00.000Z',
  kind: 'holiday',
  reasonText: { es: 'Día de la Constitución', en: 'Constitution Day' },
};

describe('appointmentState', () => {
  it('is booked only while the appointment is ahead and its day open', () => {
    expect(
      appointmentState({ status: 'booked', start: '2026-03-02T16:00:00.000Z', closure: null }, now),
    ).toBe('booked');
    expect(
      appointmentState({ status: 'booked', start: '2026-03-01T16:00:00.000Z', closure: null }, now),
    ).toBe('past');
    expect(
      appointmentState({ status: 'cancelled', start: '2026-03-02T16:00:00.000Z', closure: null }, now),
    ).toBe('cancelled');
  });

  it('is closed when its consulate is closed that day: to rebook, still changeable', () => {
    expect(appointmentState({ status: 'booked', start: '2026-03-02T16:00:00.000Z', closure }, now)).toBe(
      'closed',
    );
    expect(isChangeable('closed')).toBe(true);
    expect(isChangeable('booked')).toBe(true);
    // A closed day that has passed, or a cancelled appointment on it, is just that.
    expect(appointmentState({ status: 'booked', start: '2026-03-01T16:00:00.000Z', closure }, now)).toBe(
      'past',
    );
    expect(appointmentState({ status: 'cancelled', start: '2026-03-02T16:00:00.000Z', closure }, now)).toBe(
      'cancelled',
    );
    expect(isChangeable('past')).toBe(false);
    expect(isChangeable('cancelled')).toBe(false);
  });
});
