import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../../shared/api/slots';
import { daySeats, parseSeats, seatsOf } from './day-seats';

const slot = (time: string, capacity: number, available: number): Slot => ({
  id: `s-${time.replace(':', '')}`,
  consulateId: 'PHX',
  start: `2026-05-04T${time}:00.000Z`,
  end: `2026-05-04T${time}:00.000Z`,
  localStart: `2026-05-04T${time}`,
  capacity,
  available,
});

describe('a day’s seats as a lead reads them', () => {
  it('counts held and booked seats together as taken', () => {
    expect(seatsOf(slot('09:20', 6, 2))).toMatchObject({
      time: '09:20',
      capacity: 6,
      taken: 4,
      available: 2,
    });
  });

  it('sums the day and finds the fewest seats every slot can be given', () => {
    const day = daySeats([slot('09:00', 4, 4), slot('09:20', 6, 1), slot('09:40', 4, 3)]);
    expect(day).toEqual({
      slots: 3,
      capacity: 14,
      taken: 6,
      available: 8,
      minCapacity: 4,
      maxCapacity: 6,
      leastPossible: 5,
    });
  });

  it('has nothing to say about a day without slots', () => {
    expect(daySeats([])).toBeNull();
  });

  it('takes whole numbers of seats from 0 to 500 only', () => {
    expect(parseSeats(' 12 ')).toBe(12);
    expect(parseSeats('0')).toBe(0);
    expect(parseSeats('500')).toBe(500);
    expect(parseSeats('501')).toBeNull();
    expect(parseSeats('2.5')).toBeNull();
    expect(parseSeats('-1')).toBeNull();
    expect(parseSeats('')).toBeNull();
  });
});
