import { describe, expect, it } from 'vitest';
import { scheduledByHour } from '../../shared/domain/shifts/hourly-coverage';
import { validateWeek } from '../../shared/domain/shifts/week-validation';
import { DEMO_OPERATORS, demoWeekOf } from './demo-shifts';
import { demoUsers } from './demo-users';

const weeks = Array.from({ length: DEMO_OPERATORS }, (_, i) => demoWeekOf(i + 1));

describe('the demo shift schedules', () => {
  it('belong to the demo operators', () => {
    expect(demoUsers.filter((u) => u.role === 'operator')).toHaveLength(DEMO_OPERATORS);
  });

  it('are valid weeks that the schedule API would accept', () => {
    for (const week of weeks) expect(validateWeek(week)).toEqual([]);
  });

  it('staff every phone hour of a weekday and of both weekend days', () => {
    // Tuesday 2026-11-17, Saturday 2026-11-21, Sunday 2026-11-22.
    for (const date of ['2026-11-17', '2026-11-21', '2026-11-22']) {
      expect(
        scheduledByHour(weeks, date).every((h) => h.scheduled > 0),
        date,
      ).toBe(true);
    }
  });

  it('give each operator five working days', () => {
    expect(new Set(weeks.map((w) => w.length))).toEqual(new Set([5]));
  });
});
