import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NAME_PARTICLES, foldForSearch, nameTokens } from './normalize';

describe('foldForSearch', () => {
  it('uppercases and strips accents, including Ñ and Ü', () => {
    expect(foldForSearch('José Núñez')).toBe('JOSE NUNEZ');
    expect(foldForSearch('Güemes Ávila')).toBe('GUEMES AVILA');
    expect(foldForSearch('ÁÉÍÓÚ áéíóú ñ')).toBe('AEIOU AEIOU N');
  });

  it('drops punctuation and collapses spaces', () => {
    expect(foldForSearch('  García-López,   María  ')).toBe('GARCIA LOPEZ MARIA');
    expect(foldForSearch("D'Angelo")).toBe('DANGELO');
    expect(foldForSearch('Ma. Guadalupe')).toBe('MA GUADALUPE');
    expect(foldForSearch('Calle 5 #12')).toBe('CALLE 5 12');
    expect(foldForSearch('\tJuan\n')).toBe('JUAN');
  });

  it('accepts decomposed input the same as composed input', () => {
    expect(foldForSearch('Jose\u0301')).toBe(foldForSearch('José'));
  });

  it('is idempotent and yields only A–Z-like letters, digits and single spaces (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const folded = foldForSearch(s);
        expect(foldForSearch(folded)).toBe(folded);
        expect(folded).not.toMatch(/\s{2}|^\s|\s$/);
        expect(folded).toMatch(/^[\p{L}\p{N} ]*$/u);
        expect(folded).not.toMatch(/\p{M}/u);
      }),
    );
  });
});

describe('nameTokens', () => {
  it('keeps meaningful folded tokens in order, without particles or initials', () => {
    expect(nameTokens('María de los Ángeles', 'de la Cruz', 'Núñez')).toEqual([
      'MARIA',
      'ANGELES',
      'CRUZ',
      'NUNEZ',
    ]);
    expect(nameTokens('Juan J.', 'Mc Gregor', null)).toEqual(['JUAN', 'GREGOR']);
  });

  it('skips null/undefined/empty parts and deduplicates', () => {
    expect(nameTokens(undefined, 'García García', '', null, 'garcía')).toEqual(['GARCIA']);
    expect(nameTokens()).toEqual([]);
  });

  it('never returns particles, 1-letter tokens or duplicates (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ maxLength: 20 }), { nil: null }), { maxLength: 4 }),
        (parts) => {
          const tokens = nameTokens(...parts);
          expect(new Set(tokens).size).toBe(tokens.length);
          for (const t of tokens) {
            expect(t.length).toBeGreaterThan(1);
            expect(NAME_PARTICLES.has(t)).toBe(false);
            expect(foldForSearch(t)).toBe(t);
          }
        },
      ),
    );
  });
});
