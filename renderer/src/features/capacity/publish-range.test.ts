import { describe, expect, it } from 'vitest';
import { lastDateWithinHorizon, nextMonthRange, publishRangeProblem } from './publish-range';

describe('the monthly release range', () => {
  it('is the whole of next month, across a year end and a leap February', () => {
    expect(nextMonthRange('2026-03-17')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(nextMonthRange('2026-12-05')).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(nextMonthRange('2028-01-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(nextMonthRange('2026-11-30')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('refuses a missing date, an end before the start, and more than 93 days', () => {
    expect(publishRangeProblem('', '2026-04-30')).toBe('missing');
    expect(publishRangeProblem('2026-04-30', '2026-04-01')).toBe('order');
    expect(publishRangeProblem('2026-04-01', '2026-07-03')).toBe('tooLong');
    expect(publishRangeProblem('2026-04-01', '2026-07-02')).toBeNull();
    expect(publishRangeProblem('2026-04-01', '2026-04-01')).toBeNull();
  });
});

describe('the booking horizon', () => {
  it("ends the horizon days after the consulate's today, across a month and a year end", () => {
    expect(lastDateWithinHorizon('2026-12-05', 92)).toBe('2027-03-07');
    expect(lastDateWithinHorizon('2027-02-27', 1)).toBe('2027-02-28');
  });
});
