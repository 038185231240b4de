import { describe, expect, it } from 'vitest';
import { formatDayChip } from './format-day';

describe('formatDayChip', () => {
  it('says weekday, day and month, short, in Spanish and English', () => {
    expect(formatDayChip('2026-11-30', 'es-MX')).toBe('lun 30 nov');
    expect(formatDayChip('2026-12-01', 'en')).toBe('Tue Dec 1');
  });

  it('keeps the calendar date whatever the machine zone (no shift through an instant)', () => {
    expect(formatDayChip('2026-03-08', 'en')).toBe('Sun Mar 8');
    expect(formatDayChip('2027-01-01', 'es-MX')).toBe('vie 1 ene');
  });
});
