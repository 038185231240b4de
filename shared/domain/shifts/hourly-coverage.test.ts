import { describe, expect, it } from 'vitest';
import type { Shift } from '../../api/shifts';
import { scheduledByHour } from './hourly-coverage';

const week = (start: string, end: string, days = [1, 2, 3, 4, 5]): Shift[] =>
  days.map((weekday) => ({ weekday, start, end }));

describe('operators scheduled per hour', () => {
  it('covers each phone hour of a weekday, counting a shift in every hour it touches', () => {
    const byHour = scheduledByHour(
      [week('08:00', '15:00'), week('14:00', '21:00'), week('08:30', '10:00')],
      '2026-11-17',
    );
    expect(byHour.map((h) => h.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(Object.fromEntries(byHour.map((h) => [h.hour, h.scheduled]))).toMatchObject({
      8: 2,
      9: 2,
      10: 1,
      13: 1,
      14: 2,
      15: 1,
      20: 1,
    });
  });

  it('lists only 09:00–18:00 on a weekend and on a holiday, with weekday shifts clipped', () => {
    const weeks = [week('08:00', '15:00'), week('14:00', '21:00'), week('09:00', '18:00', [6])];
    const holiday = scheduledByHour(weeks, '2026-11-16');
    expect(holiday.map((h) => h.hour)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(holiday.find((h) => h.hour === 14)?.scheduled).toBe(2);
    expect(holiday.find((h) => h.hour === 17)?.scheduled).toBe(1);
    const saturday = scheduledByHour(weeks, '2026-11-21');
    expect(saturday.every((h) => h.scheduled === 1)).toBe(true);
  });

  it('counts nobody when no one works that day', () => {
    expect(scheduledByHour([week('08:00', '15:00')], '2026-11-22').every((h) => h.scheduled === 0)).toBe(
      true,
    );
  });
});
