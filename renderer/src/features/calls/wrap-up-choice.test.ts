import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../../shared/api/booking/appointments';
import type { Call } from '../../../../shared/api/calls';
import type { Hold } from '../../../../shared/api/booking/holds';
import { bookedByReschedule, defaultWrapUp, needsAppointment } from './wrap-up-choice';

const call = { id: 'cal_1' } as Call;
const appointment = { id: 'apt_1' } as Appointment;
const idle = { call, booked: null, reschedulingAppointmentId: null, hold: null };

describe('defaultWrapUp', () => {
  const nothing = { booked: null, byReschedule: false, cancelled: [] };

  it('proposes booked, rescheduled or information', () => {
    expect(defaultWrapUp({ ...nothing, booked: appointment })).toBe('booked');
    expect(defaultWrapUp({ ...nothing, booked: appointment, byReschedule: true })).toBe('rescheduled');
    expect(defaultWrapUp(nothing)).toBe('information');
  });

  it('proposes cancelled after a cancellation, and after a booking cancelled again on the call', () => {
    expect(defaultWrapUp({ ...nothing, cancelled: ['apt_0'] })).toBe('cancelled');
    expect(defaultWrapUp({ ...nothing, booked: appointment, cancelled: ['apt_1'] })).toBe('cancelled');
  });

  it('keeps booked when the caller cancelled another appointment and booked a new one', () => {
    expect(defaultWrapUp({ ...nothing, booked: appointment, cancelled: ['apt_0'] })).toBe('booked');
  });
});

describe('needsAppointment', () => {
  it('is true only for the codes that name an appointment', () => {
    expect(needsAppointment('booked')).toBe(true);
    expect(needsAppointment('rescheduled')).toBe(true);
    expect(needsAppointment('cancelled')).toBe(false);
  });
});

describe('bookedByReschedule', () => {
  it('is a reschedule when the booking lands while an appointment was being moved', () => {
    expect(
      bookedByReschedule(
        { ...idle, reschedulingAppointmentId: 'apt_0' },
        { ...idle, booked: appointment },
        false,
      ),
    ).toBe(true);
    expect(
      bookedByReschedule(
        { ...idle, hold: { replacesAppointmentId: 'apt_0' } as Hold },
        { ...idle, booked: appointment },
        false,
      ),
    ).toBe(true);
  });

  it('is a new booking otherwise, and forgets it with the next call', () => {
    expect(bookedByReschedule(idle, { ...idle, booked: appointment }, true)).toBe(false);
    expect(
      bookedByReschedule(
        { ...idle, booked: appointment },
        { ...idle, booked: appointment, hold: null },
        true,
      ),
    ).toBe(true);
    expect(
      bookedByReschedule({ ...idle, booked: appointment }, { ...idle, call: { id: 'cal_2' } as Call }, true),
    ).toBe(false);
  });
});
