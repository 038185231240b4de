import { describe, expect, it } from 'vitest';
import { ageOn, localToday } from './age';

describe('ageOn', () => {
  it('counts completed years, turning a year older on the birthday itself', () => {
    expect(ageOn('1984-03-12', '2026-03-11')).toBe(41);
    expect(ageOn('1984-03-12', '2026-03-12')).toBe(42);
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
    expect(ageOn('1980-01-01', '2026-12-31')).toBe(46);
  });

  it('treats a 29 February birthday as 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('localToday', () => {
  it('is the machine-local calendar date, however late in the day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
