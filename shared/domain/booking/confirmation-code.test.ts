import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONFIRMATION_ALPHABET,
  CONFIRMATION_CODE_LENGTH,
  generateConfirmationCode,
  isConfirmationCode,
  normalizeConfirmationCode,
  spellPhonetic,
} from './confirmation-code';

describe('alphabet', () => {
  it('has 31 distinct characters without look-alikes', () => {
    expect(CONFIRMATION_ALPHABET).toHaveLength(31);
    expect(new Set(CONFIRMATION_ALPHABET).size).toBe(31);
    for (const c of '01OIL') expect(CONFIRMATION_ALPHABET).not.toContain(c);
    expect(CONFIRMATION_CODE_LENGTH).toBe(7);
  });
});

describe('generateConfirmationCode', () => {
  it('maps each random index onto the alphabet', () => {
    const indexes = [0, 1, 7, 8, 29, 30, 0];
    let i = 0;
    expect(generateConfirmationCode(() => indexes[i++] ?? 0)).toBe('239AYZ2');
  });

  it('asks for an index below the alphabet size, once per character', () => {
    const bounds: number[] = [];
    generateConfirmationCode((n) => {
      bounds.push(n);
      return 0;
    });
    expect(bounds).toEqual(Array(7).fill(31));
  });

  it('rejects a broken random source', () => {
    expect(() => generateConfirmationCode(() => 31)).toThrow(RangeError);
    expect(() => generateConfirmationCode(() => -1)).toThrow(RangeError);
    expect(() => generateConfirmationCode(() => 1.5)).toThrow(RangeError);
  });

  it('always produces a valid code (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 7, maxLength: 7 }), (indexes) => {
        let i = 0;
        const code = generateConfirmationCode(() => indexes[i++] ?? 0);
        expect(isConfirmationCode(code)).toBe(true);
        expect(normalizeConfirmationCode(code.toLowerCase().replace(/^(...)/, '$1-'))).toBe(code);
      }),
    );
  });
});

describe('isConfirmationCode / normalizeConfirmationCode', () => {
  it('accepts exactly 7 alphabet characters', () => {
    expect(isConfirmationCode('K7M2QX9')).toBe(true);
    expect(isConfirmationCode('K7M2QX')).toBe(false);
    expect(isConfirmationCode('K7M2QX99')).toBe(false);
    expect(isConfirmationCode('K7M2QXO')).toBe(false); // letter O is excluded
    expect(isConfirmationCode('K7M2QX1')).toBe(false); // digit 1 is excluded
    expect(isConfirmationCode('k7m2qx9')).toBe(false);
  });

  it('forgives case and separators but not look-alikes', () => {
    expect(normalizeConfirmationCode(' k7m-2qx9 ')).toBe('K7M2QX9');
    expect(normalizeConfirmationCode('K7M 2QX 9')).toBe('K7M2QX9');
    expect(normalizeConfirmationCode('K7M2QXO')).toBeNull();
  });
});

describe('spellPhonetic', () => {
  it('spells in English with NATO words and digit names', () => {
    expect(spellPhonetic('K7M2QX9', 'en')).toEqual([
      'Kilo',
      'seven',
      'Mike',
      'two',
      'Quebec',
      'X-ray',
      'nine',
    ]);
  });

  it('spells in Spanish with "X de …" words and Spanish digit names', () => {
    expect(spellPhonetic('B5V3ZS8', 'es')).toEqual([
      'B de Burro',
      'cinco',
      'V de Vaca',
      'tres',
      'Z de Zacatecas',
      'S de Sonora',
      'ocho',
    ]);
  });

  it('has a distinct word for every character in both languages', () => {
    for (const lang of ['es', 'en'] as const) {
      const words = spellPhonetic(CONFIRMATION_ALPHABET, lang);
      expect(words).toHaveLength(31);
      expect(new Set(words).size).toBe(31);
    }
    // Spanish letter phrases start with the letter they spell.
    for (const c of CONFIRMATION_ALPHABET.replace(/\d/g, ''))
      expect(spellPhonetic(c, 'es')[0]?.startsWith(`${c} de `)).toBe(true);
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => spellPhonetic('AB0', 'en')).toThrow(RangeError);
    expect(() => spellPhonetic('AI', 'es')).toThrow(RangeError);
  });
});
