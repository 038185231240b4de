import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../../shared/domain/time/local-date';
import { canadianObservedDates, usObservedDate } from './observed-days';

describe('5 U.S.C. 6103(b): the US observed weekday', () => {
  it('moves a Saturday holiday to the Friday before and a Sunday one to the Monday after', () => {
    expect(usObservedDate('2026-07-04')).toBe('2026-07-03'); // Saturday
    expect(usObservedDate('2027-07-04')).toBe('2027-07-05'); // Sunday
    expect(usObservedDate('2028-01-01')).toBe('2027-12-31'); // Saturday: into the year before
    expect(usObservedDate('2028-11-11')).toBe('2028-11-10');
  });

  it('leaves a weekday holiday where it is', () => {
    expect(usObservedDate('2027-01-18')).toBeNull();
    expect(usObservedDate('2029-12-25')).toBeNull();
  });
});

describe('Canada: the next weekday that is not itself a holiday', () => {
  it('Christmas on a Saturday is observed on Monday the 27th, Boxing Day (Sunday) on Tuesday the 28th', () => {
    expect(canadianObservedDates(['2027-12-25', '2027-12-26'])).toEqual(
      new Map([
        ['2027-12-25', '2027-12-27'],
        ['2027-12-26', '2027-12-28'],
      ]),
    );
  });

  it('skips a weekday that is a holiday already', () => {
    // Christmas 2022 on a Sunday, Boxing Day on the Monday: Christmas moves to the Tuesday.
    expect(canadianObservedDates(['2022-12-25', '2022-12-26'])).toEqual(
      new Map([['2022-12-25', '2022-12-27']]),
    );
  });

  it('always lands on a weekday after the holiday, never on another holiday, one day per holiday (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 3650 }), { maxLength: 30 }), (offsets) => {
        const dates = offsets.map((n) => addDays('2026-01-01', n));
        const observed = canadianObservedDates(dates);
        const holidays = new Set(dates);
        const days = [...observed.values()];
        expect(new Set(days).size).toBe(days.length);
        for (const [date, day] of observed) {
          expect([0, 6]).toContain(weekdayOf(date));
          expect(day > date).toBe(true);
          expect([0, 6]).not.toContain(weekdayOf(day));
          expect(holidays.has(day)).toBe(false);
        }
        for (const date of dates) expect(observed.has(date)).toBe([0, 6].includes(weekdayOf(date)));
      }),
    );
  });
});
