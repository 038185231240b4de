import { describe, expect, it } from 'vitest';
import { formatFirstSeat } from './format-first-seat';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatFirstSeat', () => {
  it("says the day and time on the consulate's clock, in Spanish and English", () => {
    // 16:00 UTC on Thursday 10 December 2026 is 9:00 in Tucson (MST, UTC−7).
    expect(plain(formatFirstSeat('2026-12-10T16:00:00.000Z', 'America/Phoenix', 'es-MX'))).toMatch(
      /^jue 10 dic 9:00 a\. ?m\.$/,
    );
    expect(plain(formatFirstSeat('2026-12-10T16:00:00.000Z', 'America/Phoenix', 'en'))).toBe(
      'Thu Dec 10 9:00 AM',
    );
  });

  it('follows the DST changes of the zone, and Arizona keeps its hour', () => {
    // 2027-03-14: Los Angeles moves to PDT (UTC−7); 17:00 UTC is 10:00 there, 9:00 the day before.
    expect(plain(formatFirstSeat('2027-03-13T17:00:00.000Z', 'America/Los_Angeles', 'en'))).toBe(
      'Sat Mar 13 9:00 AM',
    );
    expect(plain(formatFirstSeat('2027-03-15T17:00:00.000Z', 'America/Los_Angeles', 'en'))).toBe(
      'Mon Mar 15 10:00 AM',
    );
    expect(plain(formatFirstSeat('2027-03-15T17:00:00.000Z', 'America/Phoenix', 'en'))).toBe(
      'Mon Mar 15 10:00 AM',
    );
    // 2027-11-07: back to PST (UTC−8); Phoenix stays at UTC−7.
    expect(plain(formatFirstSeat('2027-11-08T17:00:00.000Z', 'America/Los_Angeles', 'en'))).toBe(
      'Mon Nov 8 9:00 AM',
    );
    expect(plain(formatFirstSeat('2027-11-08T17:00:00.000Z', 'America/Phoenix', 'en'))).toBe(
      'Mon Nov 8 10:00 AM',
    );
  });

  it("gives the consulate's date, not the console's, near midnight", () => {
    // 06:30 UTC on 11 December is still the 10th, 23:30, in Vancouver.
    expect(plain(formatFirstSeat('2026-12-11T06:30:00.000Z', 'America/Vancouver', 'en'))).toBe(
      'Thu Dec 10 10:30 PM',
    );
  });
});
