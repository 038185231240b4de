import { describe, expect, it } from 'vitest';
import type { Consulate } from '../../../../shared/api/reference/consulates';
import type { WaitlistEntry } from '../../../../shared/api/waitlist';
import {
  activeEntries,
  consulateCities,
  defaultRange,
  formatDateRange,
  rangeBounds,
  rangeIsValid,
} from './waitlist-text';

const consulate = (id: string, city: string, timeZone: string, bookingHorizonDays = 90): Consulate => ({
  id,
  name: `Consulado de México en ${city}`,
  city,
  region: 'AZ',
  country: 'US',
  timeZone,
  minLeadMinutes: 60,
  bookingHorizonDays,
});
const tucson = consulate('TUS', 'Tucson', 'America/Phoenix');
const nogales = consulate('NOG', 'Nogales', 'America/Phoenix', 60);
const toronto = consulate('TOR', 'Toronto', 'America/Toronto');
const losAngeles = consulate('LAX', 'Los Ángeles', 'America/Los_Angeles');

const entry = (id: string, status: WaitlistEntry['status'], createdAt: string): WaitlistEntry => ({
  id,
  applicantId: 'a1',
  procedureId: 'matricula',
  consulateIds: ['TUS'],
  from: '2026-12-10',
  to: '2026-12-24',
  status,
  createdAt,
  holdId: status === 'offered' ? 'h1' : null,
  offerExpiresAt: null,
  offeredSlot: null,
  appointmentId: null,
});

describe('waitlist text', () => {
  // Intl puts thin and no-break spaces around the dash; the words are what the operator reads.
  const range = (from: string, to: string, locale: 'es-MX' | 'en') =>
    formatDateRange(from, to, locale).replace(/\s/g, ' ');
  it('says a range the short way in both languages, across a year end too', () => {
    expect(range('2026-12-10', '2026-12-24', 'es-MX')).toBe('10–24 de dic');
    expect(range('2026-12-10', '2026-12-24', 'en')).toBe('Dec 10 – 24');
    expect(range('2026-12-10', '2026-12-10', 'es-MX')).toBe('10 dic');
    expect(range('2026-12-28', '2027-01-04', 'en')).toMatch(/Dec 28.*Jan 4, 2027/);
  });

  it('names the consulates by city in the entry’s order', () => {
    expect(consulateCities(['TUS', 'NOG', 'XXX'], [nogales, tucson])).toBe('Tucson, Nogales, XXX');
  });

  it('puts a held seat first, then waiting entries oldest first, and leaves out finished ones', () => {
    const shown = activeEntries([
      entry('w2', 'waiting', '2026-12-02T10:00:00.000Z'),
      entry('b', 'booked', '2026-11-01T10:00:00.000Z'),
      entry('w1', 'waiting', '2026-12-01T10:00:00.000Z'),
      entry('o', 'offered', '2026-12-03T10:00:00.000Z'),
      entry('x', 'expired', '2026-11-02T10:00:00.000Z'),
    ]);
    expect(shown.map((e) => e.id)).toEqual(['o', 'w1', 'w2']);
  });

  it('starts on the latest consulate-local today and ends at the nearest horizon', () => {
    // 05:30 UTC on 7 Nov 2027: already the 7th in Toronto (00:30 EST), still the 6th in Los Angeles (22:30 PDT).
    const now = new Date('2027-11-07T05:30:00Z');
    expect(rangeBounds([losAngeles], now)).toEqual({ today: '2027-11-06', last: '2028-02-04' });
    expect(rangeBounds([losAngeles, toronto], now)?.today).toBe('2027-11-07');
    expect(rangeBounds([tucson, nogales], new Date('2027-03-14T06:30:00Z'))).toEqual({
      today: '2027-03-13',
      last: '2027-05-12',
    });
    expect(rangeBounds([], now)).toBeNull();
  });

  it('offers two weeks, or up to the horizon when nearer', () => {
    expect(defaultRange({ today: '2026-12-10', last: '2027-03-10' })).toEqual({
      from: '2026-12-10',
      to: '2026-12-24',
    });
    expect(defaultRange({ today: '2026-12-10', last: '2026-12-15' })).toEqual({
      from: '2026-12-10',
      to: '2026-12-15',
    });
  });

  it('takes only real dates inside the bounds, in order', () => {
    const bounds = { today: '2026-12-10', last: '2027-03-10' };
    expect(rangeIsValid('2026-12-10', '2027-03-10', bounds)).toBe(true);
    expect(rangeIsValid('2026-12-09', '2026-12-20', bounds)).toBe(false);
    expect(rangeIsValid('2026-12-20', '2027-03-11', bounds)).toBe(false);
    expect(rangeIsValid('2026-12-20', '2026-12-19', bounds)).toBe(false);
    expect(rangeIsValid('2027-02-30', '2027-03-01', bounds)).toBe(false);
    expect(rangeIsValid('', '', bounds)).toBe(false);
  });
});
