import { describe, expect, it } from 'vitest';
import { formatBirthDate } from './applicant-display';

describe('formatBirthDate', () => {
  it('never shifts the day, whatever the zone', () => {
    expect(formatBirthDate('1984-03-12', 'en')).toBe('Mar 12, 1984');
    expect(formatBirthDate('1984-03-12', 'es-MX')).toMatch(/^12 mar\.? 1984$/);
  });
});
