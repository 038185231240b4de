import { describe, expect, it } from 'vitest';
import { hourRange, hoursBetween } from './day-hours';

const day = Array.from({ length: 24 }, (_, hour) => ({ hour, calls: 0, bookings: 0 }));

describe('the hours a day’s chart shows', () => {
  it('are the phone hours on a quiet day', () => {
    expect(hourRange(day, '08:00', '21:00')).toEqual({ from: 8, to: 20 });
    expect(hourRange(day, '09:00', '18:00')).toEqual({ from: 9, to: 17 });
  });

  it('widen to calls taken before opening or after closing', () => {
    const late = day.map((h) =>
      h.hour === 22 ? { ...h, calls: 2 } : h.hour === 6 ? { ...h, bookings: 1 } : h,
    );
    expect(hourRange(late, '08:00', '21:00')).toEqual({ from: 6, to: 22 });
  });

  it('fill in the hours the figures leave out with zeros', () => {
    expect(hoursBetween([{ hour: 9, calls: 4, bookings: 1 }], { from: 8, to: 10 })).toEqual([
      { hour: 8, calls: 0, bookings: 0 },
      { hour: 9, calls: 4, bookings: 1 },
      { hour: 10, calls: 0, bookings: 0 },
    ]);
  });
});
