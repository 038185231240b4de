import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPhone, normalizePhone, phoneDigits } from './phone';

describe('normalizePhone', () => {
  it('accepts the usual ways of writing a US or Canadian number', () => {
    for (const input of ['6025550143', '(602) 555-0143', '602.555.0143', '602 555 0143', '1-602-555-0143', '+1 602 555 0143', '+1 (602) 555-0143', '  602/555/0143  ']) {
      expect(normalizePhone(input), input).toBe('+16025550143');
    }
    expect(normalizePhone('416-555-0199')).toBe('+14165550199'); // Toronto
    expect(normalizePhone('+1 424 309 0009')).toBe('+14243090009'); // the #MiConsulado line
  });

  it('rejects area codes starting with 0 or 1', () => {
    expect(normalizePhone('102-555-0143')).toBeNull();
    expect(normalizePhone('002-555-0143')).toBeNull();
    expect(normalizePhone('1-102-555-0143')).toBeNull();
  });

  it('takes any exchange: the number is the caller\'s, not ours to judge', () => {
    expect(normalizePhone('555-123-4567')).toBe('+15551234567');
    expect(normalizePhone('602-055-0143')).toBe('+16020550143');
  });

  it('rejects wrong lengths, other countries and letters', () => {
    expect(normalizePhone('555-0143')).toBeNull();
    expect(normalizePhone('602-555-01433')).toBeNull();
    expect(normalizePhone('2-602-555-0143')).toBeNull(); // 11 digits not starting with 1
    expect(normalizePhone('+52 55 1234 5678')).toBeNull(); // Mexico City
    expect(normalizePhone('+602 555 0143')).toBeNull(); // a plus must be followed by country code 1
    expect(normalizePhone('602+555+0143')).toBeNull();
    expect(normalizePhone('602-555-0143 ext 12')).toBeNull();
    expect(normalizePhone('1-800-FLOWERS')).toBeNull();
    expect(normalizePhone('')).toBeNull();
  });

  it('is idempotent and ignores decoration (property)', () => {
    const nanp = fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }));
    fc.assert(
      fc.property(nanp, fc.constantFrom('', '1', '+1 ', '1-'), fc.constantFrom(' ', '-', '.', ''), ([area, exchange, line], prefix, sep) => {
        const national = `${area}${sep}${exchange}${sep}${String(line).padStart(4, '0')}`;
        const e164 = normalizePhone(`${prefix}${national}`);
        expect(e164).toBe(`+1${area}${exchange}${String(line).padStart(4, '0')}`);
        expect(normalizePhone(e164 ?? '')).toBe(e164);
        expect(normalizePhone(formatPhone(e164 ?? ''))).toBe(e164);
      }),
    );
  });
});

describe('phoneDigits / formatPhone', () => {
  it('keeps only digits', () => {
    expect(phoneDigits('+1 (602) 555-0143')).toBe('16025550143');
    expect(phoneDigits('abc')).toBe('');
  });

  it('formats E.164 NANP numbers for display', () => {
    expect(formatPhone('+16025550143')).toBe('+1 (602) 555-0143');
    expect(formatPhone('+525512345678')).toBe('+525512345678');
  });
});
