import { describe, expect, it } from 'vitest';
import type { Shift } from '../../api/shifts';
import { phoneHoursOfWeekday } from './phone-hours';
import { describeShiftProblem, sortShifts, validateWeek } from './week-validation';

const shift = (weekday: number, start: string, end: string): Shift => ({ weekday, start, end });
const messages = (shifts: Shift[]) => validateWeek(shifts).map(describeShiftProblem);

describe('a week of shifts', () => {
  it('accepts the usual morning, afternoon and weekend shifts', () => {
    const week = [1, 2, 3, 4, 5].map((d) => shift(d, '08:00', '15:00'));
    expect(validateWeek([...week, shift(6, '09:00', '18:00')])).toEqual([]);
    expect(validateWeek([1, 2, 3, 4, 5].map((d) => shift(d, '14:00', '21:00')))).toEqual([]);
    expect(validateWeek([shift(7, '09:00', '18:00')])).toEqual([]);
    expect(validateWeek([])).toEqual([]);
  });

  it('gives weekdays phone hours 08:00–21:00 and weekends 09:00–18:00', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(phoneHoursOfWeekday)).toEqual([
      ...Array(5).fill({ open: '08:00', close: '21:00' }),
      { open: '09:00', close: '18:00' },
      { open: '09:00', close: '18:00' },
    ]);
  });

  it('refuses a weekend shift before the phones open or after they close, naming it', () => {
    expect(messages([shift(6, '08:00', '14:00')])).toEqual([
      'Saturday 08:00–14:00 starts before the phones open at 09:00.',
    ]);
    expect(messages([shift(7, '12:00', '19:00')])).toEqual([
      'Sunday 12:00–19:00 ends after the phones close at 18:00.',
    ]);
    expect(messages([shift(6, '07:00', '20:00')])).toHaveLength(2);
  });

  it('refuses a weekday shift outside 08:00–21:00 but accepts its edges', () => {
    expect(messages([shift(1, '07:30', '12:00')])).toEqual([
      'Monday 07:30–12:00 starts before the phones open at 08:00.',
    ]);
    expect(messages([shift(5, '15:00', '22:00')])).toEqual([
      'Friday 15:00–22:00 ends after the phones close at 21:00.',
    ]);
    expect(messages([shift(3, '08:00', '21:00')])).toEqual([]);
  });

  it('refuses a shift that ends when or before it starts', () => {
    expect(messages([shift(2, '15:00', '09:00')])).toEqual(['Tuesday 15:00–09:00 ends before it starts.']);
    expect(messages([shift(2, '10:00', '10:00')])).toEqual(['Tuesday 10:00–10:00 ends before it starts.']);
  });

  it('refuses overlapping shifts of one day, but not back-to-back ones or the same hours on other days', () => {
    expect(messages([shift(4, '08:00', '15:00'), shift(4, '14:00', '21:00')])).toEqual([
      'Thursday 14:00–21:00 overlaps 08:00–15:00 on the same day.',
    ]);
    expect(messages([shift(4, '10:00', '12:00'), shift(4, '10:00', '12:00')])).toEqual([
      'Thursday 10:00–12:00 overlaps 10:00–12:00 on the same day.',
    ]);
    expect(messages([shift(4, '08:00', '12:00'), shift(4, '12:00', '16:00')])).toEqual([]);
    expect(messages([shift(4, '08:00', '15:00'), shift(5, '08:00', '15:00')])).toEqual([]);
    // A split shift around a longer one is still an overlap.
    expect(messages([shift(1, '09:00', '20:00'), shift(1, '11:00', '12:00')])).toEqual([
      'Monday 11:00–12:00 overlaps 09:00–20:00 on the same day.',
    ]);
  });

  it('orders a week by weekday, then start', () => {
    const week = [shift(6, '09:00', '18:00'), shift(1, '14:00', '21:00'), shift(1, '08:00', '12:00')];
    expect(sortShifts(week)).toEqual([
      shift(1, '08:00', '12:00'),
      shift(1, '14:00', '21:00'),
      shift(6, '09:00', '18:00'),
    ]);
  });
});
