import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedTypos, boundedEditDistance } from '../../../../shared/domain/text/edit-distance';
import { NameVocabulary } from './name-vocabulary';

const vocabulary = () =>
  new NameVocabulary([
    ['HERNANDEZ', 100],
    ['HERNAN', 3],
    ['FERNANDEZ', 8],
    ['GONZALEZ', 68],
    ['GONZALO', 3],
    ['MARIA', 90],
    ['MARIO', 8],
    ['MARINA', 3],
    ['MARTA', 2],
    ['MARTINEZ', 75],
    ['MARQUEZ', 8],
    ['MARIN', 3],
    ['PENA', 5],
    ['PENALOZA', 2],
    ['IBANEZ', 2],
    ['IBARRA', 6],
    ['VILLASENOR', 2],
    ['CRUZ', 35],
  ]);

const tokensOf = (list: { token: string }[]) => list.map((c) => c.token);

describe('NameVocabulary.candidates', () => {
  it('always offers the query token itself, even when unknown here', () => {
    const v = vocabulary();
    expect(v.candidates('CRUZ', { prefix: false })).toEqual([
      { token: 'CRUZ', distance: 0, kind: 'exact', count: 35 },
    ]);
    expect(v.candidates('XOLALPA', { prefix: false })[0]).toEqual({
      token: 'XOLALPA',
      distance: 0,
      kind: 'exact',
      count: 0,
    });
  });

  it('finds one-typo neighbours: substitution, insertion, deletion, transposition', () => {
    const v = vocabulary();
    expect(tokensOf(v.candidates('HERNANDES', { prefix: false }))).toContain('HERNANDEZ');
    expect(tokensOf(v.candidates('GONZALES', { prefix: false }))).toContain('GONZALEZ');
    expect(tokensOf(v.candidates('MARRIA', { prefix: false }))).toContain('MARIA');
    expect(tokensOf(v.candidates('MRIA', { prefix: false }))).toContain('MARIA');
    expect(tokensOf(v.candidates('MAIRA', { prefix: false }))).toContain('MARIA');
    const fuzzy = v.candidates('HERNADNEZ', { prefix: false }).find((c) => c.token === 'HERNANDEZ');
    expect(fuzzy).toEqual({ token: 'HERNANDEZ', distance: 1, kind: 'fuzzy', count: 100 });
  });

  it('allows two typos in long words only', () => {
    const v = vocabulary();
    expect(
      v.candidates('VILASENIOR', { prefix: false }).find((c) => c.token === 'VILLASENOR')?.distance,
    ).toBe(2);
    // 5 letters: one typo only.
    expect(tokensOf(v.candidates('MXRXA', { prefix: false }))).not.toContain('MARIA');
    // 3 letters: none.
    expect(v.candidates('CRU', { prefix: false })).toHaveLength(1);
  });

  it('offers completions of the last word, most frequent first and capped', () => {
    const v = vocabulary();
    const completions = v.candidates('MAR', { prefix: true }).filter((c) => c.kind === 'prefix');
    expect(tokensOf(completions)).toEqual([
      'MARIA',
      'MARTINEZ',
      'MARIO',
      'MARQUEZ',
      'MARIN',
      'MARINA',
      'MARTA',
    ]);
    expect(
      v.candidates('MAR', { prefix: true, prefixLimit: 2 }).filter((c) => c.kind === 'prefix'),
    ).toHaveLength(2);
    expect(tokensOf(v.candidates('IBA', { prefix: true }))).toEqual(['IBA', 'IBARRA', 'IBANEZ']);
    expect(v.candidates('M', { prefix: true })).toHaveLength(1);
  });

  it('lists each token once, with its best kind', () => {
    const v = vocabulary();
    // MARIN is both a completion and a one-typo neighbour of MARI.
    const list = v.candidates('MARI', { prefix: true });
    expect(list.filter((c) => c.token === 'MARIN')).toEqual([
      { token: 'MARIN', distance: 0, kind: 'prefix', count: 3 },
    ]);
    expect(new Set(tokensOf(list)).size).toBe(list.length);
  });

  it('learns tokens of newly registered applicants', () => {
    const v = vocabulary();
    v.add(['XOLALPA', 'CRUZ']);
    expect(v.count('XOLALPA')).toBe(1);
    expect(v.count('CRUZ')).toBe(36);
    expect(tokensOf(v.candidates('XOLALPO', { prefix: false }))).toContain('XOLALPA');
    expect(tokensOf(v.candidates('XOL', { prefix: true }))).toContain('XOLALPA');
  });

  it('finds exactly the tokens within the typo budget (against brute force)', () => {
    const letters = fc.constantFrom(...'AEIMNORSZ'.split(''));
    const word = fc.array(letters, { minLength: 2, maxLength: 11 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 80 }), word, (words, query) => {
        const v = new NameVocabulary(words.map((w) => [w, 1] as const));
        const budget = allowedTypos(query.length);
        const expected = words
          .filter((w) => w !== query && boundedEditDistance(query, w, budget) <= budget)
          .sort();
        const found = v
          .candidates(query, { prefix: false })
          .filter((c) => c.kind === 'fuzzy')
          .map((c) => c.token)
          .sort();
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('NameVocabulary spellings heard alike', () => {
  it('offers the words that sound the same as the typed one, before completions and typos', () => {
    const v = new NameVocabulary([
      ['GONZALEZ', 68],
      ['GONZALES', 4],
      ['GONSALEZ', 1],
      ['GONZALO', 3],
      ['VALDEZ', 9],
      ['BALDES', 1],
    ]);
    const found = v.candidates('GONZALES', { prefix: true });
    expect(found.slice(0, 3)).toEqual([
      { token: 'GONZALES', distance: 0, kind: 'exact', count: 4 },
      { token: 'GONZALEZ', distance: 0, kind: 'sound', count: 68 },
      { token: 'GONSALEZ', distance: 0, kind: 'sound', count: 1 },
    ]);
    expect(found.find((c) => c.token === 'GONZALO')?.kind).toBe('fuzzy');
    // Two letters away by spelling, the same by sound: found although beyond one typo.
    expect(v.candidates('BALDEZ', { prefix: false }).map((c) => [c.token, c.kind])).toEqual([
      ['BALDEZ', 'exact'],
      ['VALDEZ', 'sound'],
      ['BALDES', 'sound'],
    ]);
  });
});
