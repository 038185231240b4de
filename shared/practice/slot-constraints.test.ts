import { describe, expect, it } from 'vitest';
import type { SlotConstraints } from './scenario';
import { slotMisses } from './slot-constraints';

const weekdayMornings: SlotConstraints = {
  fromDays: 2,
  toDays: 20,
  weekdays: [1, 2, 3, 4, 5],
  earliest: '09:00',
  latest: '11:00',
};
// 2026-11-23 is a Monday.
const TODAY = '2026-11-23';

describe("a slot against the caller's constraints", () => {
  it('suits the caller inside every bound, edges included (the latest time excluded)', () => {
    expect(slotMisses(weekdayMornings, '2026-11-25T09:00', TODAY)).toEqual([]);
    expect(slotMisses(weekdayMornings, '2026-12-11T10:59', TODAY)).toEqual([]); // Friday, day 18
    expect(slotMisses(weekdayMornings, '2026-11-25T11:00', TODAY)).toEqual([
      { kind: 'too_late', time: '11:00', latest: '11:00' },
    ]);
  });

  it('reports every reason at once: too soon, a weekend day, too early', () => {
    // Sunday 2026-11-22 is a day before "today".
    expect(slotMisses(weekdayMornings, '2026-11-22T08:30', TODAY)).toEqual([
      { kind: 'before_window', days: -1, fromDays: 2 },
      { kind: 'weekday', isoWeekday: 7, allowed: [1, 2, 3, 4, 5] },
      { kind: 'too_early', time: '08:30', earliest: '09:00' },
    ]);
  });

  it('counts days on the calendar across a month end', () => {
    expect(slotMisses(weekdayMornings, '2026-12-14T09:00', TODAY)).toEqual([
      { kind: 'after_window', days: 21, toDays: 20 },
    ]);
  });

  it('accepts any day and time when the scenario does not restrict them', () => {
    const any: SlotConstraints = { fromDays: 0, toDays: 60, weekdays: [], earliest: null, latest: null };
    expect(slotMisses(any, '2026-11-29T13:40', TODAY)).toEqual([]);
  });

  it('refuses a start that is not a local date and time', () => {
    expect(() => slotMisses(weekdayMornings, '2026-11-25 09:00', TODAY)).toThrow(RangeError);
  });
});
