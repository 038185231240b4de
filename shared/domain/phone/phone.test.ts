import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPhone, normalizePhone, phoneDigits, readPhone } from './phone';

describe('readPhone: US and Canadian numbers', () => {
  it.each([
    '6025550143',
    '(602) 555-0143',
    '602.555.0143',
    '602 555 0143',
    '602/555/0143',
    '  602-555-0143  ',
    '1-602-555-0143',
    '1 (602) 555-0143',
    '+1 602 555 0143',
    '+1 (602) 555-0143',
    '+16025550143',
    '001 602 555 0143', // dialled from Mexico
    '011 1 602 555 0143', // the NANP's own international prefix
  ])('%s is +16025550143 (Phoenix)', (input) => {
    expect(readPhone(input)).toEqual({ kind: 'number', e164: '+16025550143', country: 'US' });
  });

  it('knows Canadian area codes', () => {
    expect(readPhone('416-555-0199')).toEqual({ kind: 'number', e164: '+14165550199', country: 'CA' });
    expect(readPhone('+1 514 555 0123')).toEqual({ kind: 'number', e164: '+15145550123', country: 'CA' });
  });

  it('refuses other NANP countries, toll-free numbers and area codes that do not exist', () => {
    expect(readPhone('+1 876 555 1234')).toEqual({ kind: 'invalid' }); // Jamaica
    expect(readPhone('+1 800 555 1234')).toEqual({ kind: 'invalid' }); // toll-free: nobody's own phone
    expect(readPhone('+1 811 234 5678')).toEqual({ kind: 'invalid' }); // 811 is no area code
    expect(readPhone('1-102-555-0143')).toEqual({ kind: 'invalid' });
  });
});

describe('readPhone: Mexican numbers', () => {
  it.each([
    '+52 55 1234 5678',
    '+525512345678',
    '+52 (55) 1234-5678',
    '52 55 1234 5678', // the country code without its plus
    '52 1 55 1234 5678', // the old mobile "1" after the country code
    '+52 1 55 1234 5678',
    '044 55 1234 5678', // the old local mobile prefix
    '045 55 1234 5678', // the old long-distance mobile prefix
    '011 52 55 1234 5678', // dialled from the US
    '00 52 55 1234 5678',
  ])('%s is +525512345678 (Mexico City)', (input) => {
    expect(readPhone(input)).toEqual({ kind: 'number', e164: '+525512345678', country: 'MX' });
  });

  it('takes three-digit area codes too', () => {
    expect(readPhone('+52 662 123 4567')).toEqual({ kind: 'number', e164: '+526621234567', country: 'MX' }); // Hermosillo
  });

  it('refuses numbers Mexico does not have', () => {
    expect(readPhone('+52 202 555 0143')).toEqual({ kind: 'invalid' });
    expect(readPhone('+52 800 123 4567')).toEqual({ kind: 'invalid' }); // toll-free
    expect(readPhone('+52 55 1234 567')).toEqual({ kind: 'invalid' });
  });
});

describe('readPhone: ten digits without a country code', () => {
  it('a valid US/Canadian number that is no Mexican one is simply +1', () => {
    expect(readPhone('202 555 0143')).toEqual({ kind: 'number', e164: '+12025550143', country: 'US' }); // Washington
    expect(readPhone('212 555 0143')).toEqual({ kind: 'number', e164: '+12125550143', country: 'US' }); // New York
  });

  it('valid in both countries: either, so the console can ask', () => {
    // 551 is New Jersey and 55 Mexico City; 331 Illinois and 33 Guadalajara.
    expect(readPhone('55 1234 5678')).toEqual({
      kind: 'either',
      nanp: '+15512345678',
      mexico: '+525512345678',
    });
    expect(readPhone('(331) 234-5678')).toEqual({
      kind: 'either',
      nanp: '+13312345678',
      mexico: '+523312345678',
    });
  });

  it('no US/Canadian number but a Mexican one: never silently turned into a US area code', () => {
    expect(readPhone('81 1234 5678')).toEqual({ kind: 'mexican', mexico: '+528112345678' }); // Monterrey; 811 is no area code
    expect(readPhone('664 123 4567')).toEqual({ kind: 'mexican', mexico: '+526641234567' }); // Tijuana; 664 is Montserrat, not US
    expect(readPhone('555-123-4567')).toEqual({ kind: 'mexican', mexico: '+525551234567' }); // 555 is no area code
  });

  it('neither', () => {
    expect(readPhone('111 234 5678')).toEqual({ kind: 'not_nanp' });
  });
});

describe('readPhone: not a phone number', () => {
  it.each([
    '',
    '555-0143',
    '602-555-01433',
    '2-602-555-0143',
    '+602 555 0143',
    '602+555+0143',
    '602-555-0143 ext 12',
    '1-800-FLOWERS',
    '+44 20 7946 0958',
  ])('%j is invalid', (input) => {
    expect(readPhone(input)).toEqual({ kind: 'invalid' });
  });
});

describe('normalizePhone (the API contract)', () => {
  it('answers E.164 for one number, +1 for ten digits valid in both countries, null otherwise', () => {
    expect(normalizePhone('(602) 555-0143')).toBe('+16025550143');
    expect(normalizePhone('52 1 55 1234 5678')).toBe('+525512345678');
    expect(normalizePhone('55 1234 5678')).toBe('+15512345678');
    expect(normalizePhone('81 1234 5678')).toBeNull();
    expect(normalizePhone('555-0143')).toBeNull();
  });

  it('is idempotent and ignores decoration (property)', () => {
    // Area codes of Phoenix, Los Angeles, Chicago, Toronto, Vancouver; any exchange 2XX–9XX.
    const nanp = fc.tuple(
      fc.constantFrom('602', '213', '312', '416', '604'),
      fc.integer({ min: 200, max: 999 }),
      fc.integer({ min: 0, max: 9999 }),
    );
    fc.assert(
      fc.property(
        nanp,
        fc.constantFrom('', '1', '+1 ', '1-', '001 '),
        fc.constantFrom(' ', '-', '.', ''),
        ([area, exchange, line], prefix, sep) => {
          const last = String(line).padStart(4, '0');
          const e164 = normalizePhone(`${prefix}${area}${sep}${exchange}${sep}${last}`);
          expect(e164).toBe(`+1${area}${exchange}${last}`);
          expect(normalizePhone(e164 ?? '')).toBe(e164);
          expect(normalizePhone(formatPhone(e164 ?? ''))).toBe(e164);
        },
      ),
    );
  });

  it('round-trips Mexican numbers through their display (property)', () => {
    const mexico = fc.tuple(
      fc.constantFrom('55', '33', '81'),
      fc.integer({ min: 10_000_000, max: 99_999_999 }),
    );
    fc.assert(
      fc.property(mexico, ([area, rest]) => {
        const e164 = `+52${area}${rest}`;
        expect(normalizePhone(formatPhone(e164))).toBe(e164);
      }),
    );
  });
});

describe('phoneDigits / formatPhone', () => {
  it('keeps only digits', () => {
    expect(phoneDigits('+1 (602) 555-0143')).toBe('16025550143');
    expect(phoneDigits('abc')).toBe('');
  });

  it('shows +1 as +1 (602) 555-0143 and +52 grouped as libphonenumber does', () => {
    expect(formatPhone('+16025550143')).toBe('+1 (602) 555-0143');
    expect(formatPhone('+525512345678')).toBe('+52 55 1234 5678');
    expect(formatPhone('+526621234567')).toBe('+52 662 123 4567');
    expect(formatPhone('+447946095800')).toBe('+447946095800');
  });
});
