import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, eachDate, isLocalDate, weekdayOf } from './local-date';

const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('is not disturbed by daylight-saving changes (calendar days, not 24h steps)', () => {
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
  });

  it('round-trips and agrees with daysBetween (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(addDays(moved, -n)).toBe(date);
        expect(daysBetween(date, moved)).toBe(n);
      }),
    );
  });
});

describe('weekdayOf', () => {
  it('uses 0 = Sunday', () => {
    expect(weekdayOf('2026-03-08')).toBe(0); // Sunday of the spring-forward change
    expect(weekdayOf('2026-03-06')).toBe(5); // Friday
    expect(weekdayOf('2026-11-26')).toBe(4); // Thanksgiving, Thursday
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
    expect(weekdayOf('2000-01-01')).toBe(6);
  });

  it('agrees with Date#getUTCDay (property)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(weekdayOf(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
    );
  });
});

describe('daysBetween / eachDate', () => {
  it('counts to − from', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-09', '2026-03-01')).toBe(-8);
  });

  it('lists dates inclusively', () => {
    expect(eachDate('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(eachDate('2026-05-01', '2026-05-01')).toEqual(['2026-05-01']);
    expect(eachDate('2026-05-02', '2026-05-01')).toEqual([]);
  });

  it('has daysBetween + 1 entries (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (from, n) => {
        const dates = eachDate(from, addDays(from, n));
        expect(dates).toHaveLength(n + 1);
        expect(dates[0]).toBe(from);
        expect([...dates].sort()).toEqual(dates);
      }),
    );
  });
});
