import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closedDaysFor, lastWeekdayOfMonth, nthWeekdayOfMonth } from './holidays';
import { weekdayOf } from '../time/local-date';

describe('nth weekday rules', () => {
  it('finds first, third and last weekdays', () => {
    expect(nthWeekdayOfMonth(2026, 2, 1, 1)).toBe('2026-02-02');
    expect(nthWeekdayOfMonth(2026, 3, 1, 3)).toBe('2026-03-16');
    expect(nthWeekdayOfMonth(2026, 6, 1, 1)).toBe('2026-06-01'); // the 1st itself is a Monday
    expect(lastWeekdayOfMonth(2026, 5, 1)).toBe('2026-05-25');
    expect(lastWeekdayOfMonth(2027, 5, 1)).toBe('2027-05-31'); // the last day itself is a Monday
    expect(lastWeekdayOfMonth(2026, 12, 4)).toBe('2026-12-31');
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
          const last = lastWeekdayOfMonth(year, month, weekday);
          expect(weekdayOf(last)).toBe(weekday);
          expect(Number(last.slice(5, 7))).toBe(month);
        },
      ),
    );
  });
});

describe('closedDaysFor', () => {
  it('US consulates in 2026 close on Mexican and US federal holidays', () => {
    expect(closedDaysFor('US', 2026).map((d) => d.date)).toEqual([
      '2026-01-01', // Año Nuevo
      '2026-02-02', // first Monday of February
      '2026-03-16', // third Monday of March
      '2026-05-01',
      '2026-05-25', // Memorial Day
      '2026-07-04', // Saturday in 2026: still listed (no observed-day shift)
      '2026-09-07', // Labor Day
      '2026-09-16',
      '2026-11-16', // third Monday of November
      '2026-11-26', // Thanksgiving
      '2026-12-25',
    ]);
  });

  it('Canadian consulates in 2026 close on Mexican and Canadian holidays', () => {
    expect(closedDaysFor('CA', 2026).map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-02-02',
      '2026-03-16',
      '2026-05-01',
      '2026-07-01', // Canada Day
      '2026-09-07', // Labour Day
      '2026-09-16',
      '2026-10-12', // Thanksgiving, second Monday of October
      '2026-11-16',
      '2026-12-25',
    ]);
  });

  it('gives bilingual names', () => {
    const thanksgiving = closedDaysFor('US', 2026).find((d) => d.date === '2026-11-26');
    expect(thanksgiving?.name).toEqual({ es: 'Día de Acción de Gracias', en: 'Thanksgiving Day' });
    const revolution = closedDaysFor('CA', 2026).find((d) => d.date === '2026-11-16');
    expect(revolution?.name.es).toBe('Día de la Revolución');
  });

  it('follows the rules in 2027', () => {
    const us = closedDaysFor('US', 2027).map((d) => d.date);
    expect(us).toContain('2027-02-01');
    expect(us).toContain('2027-03-15');
    expect(us).toContain('2027-05-31');
    expect(us).toContain('2027-09-06');
    expect(us).toContain('2027-11-15');
    expect(us).toContain('2027-11-25');
    expect(closedDaysFor('CA', 2027).map((d) => d.date)).toContain('2027-10-11');
  });

  it('is sorted, deduplicated and within the year (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('US' as const, 'CA' as const), fc.integer({ min: 1990, max: 2100 }), (country, year) => {
        const dates = closedDaysFor(country, year).map((d) => d.date);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        for (const date of dates) expect(date.startsWith(`${year}-`)).toBe(true);
        // 7 Mexican days + 4 US or 3 Canadian; none of them can coincide by rule.
        expect(dates).toHaveLength(country === 'US' ? 11 : 10);
      }),
    );
  });
});
