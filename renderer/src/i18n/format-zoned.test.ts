import { describe, expect, it } from 'vitest';
import {
  formatDateTimeShort,
  formatDateTimeInWords,
  formatLocalDate,
  formatTime,
  formatWallTime,
  zoneAbbreviation,
  zoneName,
} from './format-zoned';

describe('times said in the consulate’s own zone', () => {
  it('Phoenix (Arizona, no DST) keeps MST in July while Los Angeles is on PDT', () => {
    const july = '2026-07-15T17:00:00.000Z';
    expect(formatTime(july, 'America/Phoenix', 'en')).toBe('10:00 AM');
    expect(zoneAbbreviation(july, 'America/Phoenix')).toBe('MST');
    expect(formatTime(july, 'America/Los_Angeles', 'en')).toBe('10:00 AM');
    expect(zoneAbbreviation(july, 'America/Los_Angeles')).toBe('PDT');
    expect(zoneAbbreviation('2026-01-15T17:00:00.000Z', 'America/Los_Angeles')).toBe('PST');
  });

  it('crosses the November DST change in Chicago: same UTC hour, one hour earlier on the wall', () => {
    expect(formatTime('2026-10-31T15:00:00.000Z', 'America/Chicago', 'en')).toBe('10:00 AM');
    expect(formatTime('2026-11-02T15:00:00.000Z', 'America/Chicago', 'en')).toBe('9:00 AM');
    expect(zoneName('2026-11-02T15:00:00.000Z', 'America/Chicago', 'en')).toBe('Central Standard Time');
  });

  it('reads a date and time in words in Spanish and in English', () => {
    const instant = '2026-12-01T16:20:00.000Z';
    expect(formatDateTimeInWords(instant, 'America/Phoenix', 'es-MX')).toMatch(
      /^martes, 1 de diciembre de 2026/,
    );
    expect(formatDateTimeInWords(instant, 'America/Phoenix', 'es-MX')).toMatch(/9:20/);
    expect(formatDateTimeInWords(instant, 'America/Phoenix', 'en')).toMatch(
      /^Tuesday, December 1, 2026 at 9:20/,
    );
    expect(zoneName(instant, 'America/Phoenix', 'es-MX')).toMatch(/montaña/i);
  });

  it('shows a consulate-local date and wall time without shifting them through the machine’s zone', () => {
    expect(formatLocalDate('2026-03-08', 'en')).toBe('Sun, Mar 8');
    expect(formatLocalDate('2026-03-08', 'es-MX', 'long')).toBe('domingo, 8 de marzo de 2026');
    expect(formatWallTime('14:40', 'en')).toBe('2:40 PM');
  });
});

describe('formatDateTimeShort', () => {
  it('says when on the named clock with its letters, to the minute or to the second', () => {
    expect(formatDateTimeShort('2026-12-06T14:41:07Z', 'America/Chicago', 'es-MX')).toMatch(
      /^6 dic 2026, 8:41\s?a\.\s?m\. CST$/,
    );
    expect(formatDateTimeShort('2026-12-06T14:41:07Z', 'America/Chicago', 'en', { seconds: true })).toMatch(
      /^Dec 6, 2026, 8:41:07\sAM CST$/,
    );
    // Arizona keeps MST in July while Denver is on MDT.
    expect(formatDateTimeShort('2026-07-01T18:00:00Z', 'America/Phoenix', 'en')).toMatch(/11:00\sAM MST$/);
    expect(formatDateTimeShort('2026-07-01T18:00:00Z', 'America/Denver', 'en')).toMatch(/12:00\sPM MDT$/);
  });
});
