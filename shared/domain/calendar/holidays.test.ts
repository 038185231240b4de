import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInaugurationYear, mexicanHolidays, nthWeekdayOfMonth } from './holidays';
import { weekdayOf } from '../time/local-date';

describe('nth weekday rules', () => {
  it('finds first and third weekdays', () => {
    expect(nthWeekdayOfMonth(2026, 2, 1, 1)).toBe('2026-02-02');
    expect(nthWeekdayOfMonth(2026, 3, 1, 3)).toBe('2026-03-16');
    expect(nthWeekdayOfMonth(2026, 6, 1, 1)).toBe('2026-06-01'); // the 1st itself is a Monday
  });

  it('always lands on the requested weekday within the month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        (year, month, weekday, n) => {
          const date = nthWeekdayOfMonth(year, month, weekday, n);
          expect(weekdayOf(date)).toBe(weekday);
          expect(Number(date.slice(5, 7))).toBe(month);
          const day = Number(date.slice(8));
          expect(day).toBeGreaterThan(7 * (n - 1));
          expect(day).toBeLessThanOrEqual(7 * n);
        },
      ),
    );
  });
});

describe("Mexico's mandatory rest days (the call center's calendar)", () => {
  it('in 2026: the seven days of LFT art. 74, Monday-bound ones on their Monday', () => {
    expect(mexicanHolidays(2026).map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-02-02', // first Monday of February
      '2026-03-16', // third Monday of March
      '2026-05-01',
      '2026-09-16',
      '2026-11-16', // third Monday of November
      '2026-12-25',
    ]);
  });

  it('adds 1 October every six years since the 2024 reform (2030), never 1 December', () => {
    const dates2030 = mexicanHolidays(2030).map((d) => d.date);
    expect(dates2030).toContain('2030-10-01');
    expect(dates2030).not.toContain('2030-12-01');
    expect(mexicanHolidays(2030).find((d) => d.date === '2030-10-01')?.name.es).toBe(
      'Transmisión del Poder Ejecutivo Federal',
    );
    for (const year of [2025, 2026, 2027, 2028, 2029, 2031])
      expect(mexicanHolidays(year).map((d) => d.date)).not.toContain(`${year}-10-01`);
    expect([2024, 2030, 2036].every(isInaugurationYear)).toBe(true);
  });

  it('gives bilingual names', () => {
    expect(mexicanHolidays(2026).find((d) => d.date === '2026-11-16')?.name).toEqual({
      es: 'Día de la Revolución',
      en: 'Revolution Day',
    });
  });

  it('is sorted, deduplicated and within the year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const dates = mexicanHolidays(year).map((d) => d.date);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        for (const date of dates) expect(date.startsWith(`${year}-`)).toBe(true);
        expect(dates).toHaveLength(isInaugurationYear(year) ? 8 : 7);
      }),
    );
  });
});
