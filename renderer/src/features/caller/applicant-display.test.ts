import { describe, expect, it } from 'vitest';
import { ageOn, formatBirthDate, fullName, localToday } from './applicant-display';

describe('fullName', () => {
  it('joins given names and both surnames, skipping a missing second surname', () => {
    expect(fullName({ givenNames: 'María Guadalupe', firstSurname: 'Núñez', secondSurname: 'de la Cruz' })).toBe('María Guadalupe Núñez de la Cruz');
    expect(fullName({ givenNames: 'Ana', firstSurname: 'Ruiz', secondSurname: null })).toBe('Ana Ruiz');
  });
});

describe('ageOn', () => {
  it('counts completed years, the birthday itself included', () => {
    expect(ageOn('1984-03-12', '2026-03-11')).toBe(41);
    expect(ageOn('1984-03-12', '2026-03-12')).toBe(42);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });
});

describe('localToday', () => {
  it('is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('formatBirthDate', () => {
  it('never shifts the day, whatever the zone', () => {
    expect(formatBirthDate('1984-03-12', 'en')).toBe('Mar 12, 1984');
    expect(formatBirthDate('1984-03-12', 'es-MX')).toMatch(/^12 mar\.? 1984$/);
  });
});
