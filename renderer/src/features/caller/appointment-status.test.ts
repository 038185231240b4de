import { describe, expect, it } from 'vitest';
import { appointmentState } from './appointment-status';

const now = Date.parse('2026-03-01T18:00:00.000Z');

describe('appointmentState', () => {
  it('is booked only while the appointment is ahead', () => {
    expect(appointmentState({ status: 'booked', start: '2026-03-02T16:00:00.000Z' }, now)).toBe('booked');
    expect(appointmentState({ status: 'booked', start: '2026-03-01T16:00:00.000Z' }, now)).toBe('past');
    expect(appointmentState({ status: 'cancelled', start: '2026-03-02T16:00:00.000Z' }, now)).toBe('cancelled');
  });
});
