import { describe, expect, it } from 'vitest';
import type { Shift } from '../../api/shifts';
import { isScheduledAt, shiftToShow, shiftsOn } from './day-schedule';

const morning: Shift[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '15:00' }));
const evening: Shift[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '14:00', end: '21:00' }));
const saturday: Shift[] = [{ weekday: 6, start: '09:00', end: '18:00' }];

// 2026-11-16 is Revolution Day (third Monday of November); 2026-11-17 an ordinary Tuesday.
describe('the shifts of a date', () => {
  it('are the shifts of its weekday on an ordinary day', () => {
    expect(shiftsOn(morning, '2026-11-17')).toEqual([{ start: '08:00', end: '15:00' }]);
    expect(shiftsOn(morning, '2026-11-21')).toEqual([]); // Saturday
    expect(shiftsOn(saturday, '2026-11-21')).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  it('are clipped to 09:00–18:00 on a Mexican holiday that falls on a weekday', () => {
    expect(shiftsOn(morning, '2026-11-16')).toEqual([{ start: '09:00', end: '15:00' }]);
    expect(shiftsOn(evening, '2026-11-16')).toEqual([{ start: '14:00', end: '18:00' }]);
    expect(shiftsOn([{ weekday: 1, start: '18:00', end: '21:00' }], '2026-11-16')).toEqual([]);
  });

  it('say who is scheduled at a time: start included, end excluded', () => {
    expect(isScheduledAt(morning, '2026-11-17', '08:00')).toBe(true);
    expect(isScheduledAt(morning, '2026-11-17', '14:59')).toBe(true);
    expect(isScheduledAt(morning, '2026-11-17', '15:00')).toBe(false);
    expect(isScheduledAt(morning, '2026-11-17', '07:59')).toBe(false);
    expect(isScheduledAt(morning, '2026-11-16', '08:30')).toBe(false); // the holiday opens at 09:00
    expect(isScheduledAt(evening, '2026-11-16', '18:00')).toBe(false); // and closes at 18:00
    expect(isScheduledAt(evening, '2026-11-16', '17:59')).toBe(true);
  });

  it('show the shift in effect, else the next one, else the last of the day', () => {
    const split: Shift[] = [
      { weekday: 2, start: '15:00', end: '19:00' },
      { weekday: 2, start: '08:00', end: '12:00' },
    ];
    const day = shiftsOn(split, '2026-11-17');
    expect(day).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '15:00', end: '19:00' },
    ]);
    expect(shiftToShow(day, '07:00')).toEqual({ start: '08:00', end: '12:00' });
    expect(shiftToShow(day, '09:00')).toEqual({ start: '08:00', end: '12:00' });
    expect(shiftToShow(day, '13:00')).toEqual({ start: '15:00', end: '19:00' });
    expect(shiftToShow(day, '20:00')).toEqual({ start: '15:00', end: '19:00' });
    expect(shiftToShow([], '10:00')).toBeNull();
  });
});
