import { describe, expect, it } from 'vitest';
import { callCenterClock, callCenterToday, isoWeekdayOf, phoneHoursOn } from './call-center';

describe('the call center clock and phone hours', () => {
  it('opens 8–21 on weekdays and 9–18 on weekends', () => {
    expect(phoneHoursOn('2026-11-27')).toEqual({ open: '08:00', close: '21:00', holiday: null }); // Friday
    expect(phoneHoursOn('2026-11-28')).toMatchObject({ open: '09:00', close: '18:00' }); // Saturday
    expect(phoneHoursOn('2026-11-29')).toMatchObject({ open: '09:00', close: '18:00' }); // Sunday
  });

  it('keeps weekend hours on a Mexican holiday that falls on a weekday, and names it', () => {
    // Revolution Day 2026: third Monday of November.
    expect(phoneHoursOn('2026-11-16')).toEqual({
      open: '09:00',
      close: '18:00',
      holiday: { es: 'Día de la Revolución', en: 'Revolution Day' },
    });
  });

  it('numbers weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekdayOf('2026-11-23')).toBe(1);
    expect(isoWeekdayOf('2026-11-29')).toBe(7);
  });

  it('counts days on Mexico City time, UTC−6 all year (no DST since 2022)', () => {
    // 05:30 UTC on 28 November is still 27 November, 23:30, in Mexico City.
    expect(callCenterToday(new Date('2026-11-28T05:30:00.000Z'))).toBe('2026-11-27');
    expect(callCenterClock(new Date('2026-07-01T14:00:00.000Z'))).toEqual({
      date: '2026-07-01',
      time: '08:00',
    });
  });
});
