import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedTypos, boundedEditDistance } from './edit-distance';

// Plain, unbounded optimal-string-alignment distance used as the oracle.
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(boundedEditDistance('GARCIA', 'GARCIA', 2)).toBe(0);
    expect(boundedEditDistance('GARCIA', 'GARSIA', 2)).toBe(1);
    expect(boundedEditDistance('GARCIA', 'GARCA', 2)).toBe(1);
    expect(boundedEditDistance('RAMIREZ', 'RAMIRES', 2)).toBe(1);
    expect(boundedEditDistance('GONZALEZ', 'GONSALES', 2)).toBe(2);
    expect(boundedEditDistance('', 'ABC', 3)).toBe(3);
    expect(boundedEditDistance('ABC', '', 3)).toBe(3);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(boundedEditDistance('HERNANDEZ', 'HERNADNEZ', 2)).toBe(1);
    expect(boundedEditDistance('JUAN', 'JAUN', 1)).toBe(1);
    expect(boundedEditDistance('AB', 'BA', 1)).toBe(1);
    // Optimal string alignment: a transposed pair cannot be edited again ("CA" → "ABC" is 3, not 2).
    expect(boundedEditDistance('CA', 'ABC', 5)).toBe(3);
  });

  it('returns max + 1 once the budget is exceeded', () => {
    expect(boundedEditDistance('LOPEZ', 'PEREZ', 1)).toBe(2);
    expect(boundedEditDistance('MARTINEZ', 'MARTINEZGONZALEZ', 2)).toBe(3); // length gap alone
    expect(boundedEditDistance('ABCDEFGH', 'HGFEDCBA', 2)).toBe(3);
    expect(boundedEditDistance('TORRES', 'FLORES', 0)).toBe(1);
    expect(boundedEditDistance('TORRES', 'TORRES', 0)).toBe(0);
  });

  it('agrees with the unbounded distance whenever it is within budget (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('A', 'B', 'C', 'D'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = osa(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('is symmetric (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('A', 'E', 'R', 'Z'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(boundedEditDistance(b, a, max));
      }),
    );
  });

  it('stays fast on long, very different strings', () => {
    const a = 'A'.repeat(5_000);
    const b = 'B'.repeat(5_000);
    const started = performance.now();
    expect(boundedEditDistance(a, b, 2)).toBe(3);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('allowedTypos', () => {
  it('grows with token length', () => {
    expect([1, 2, 3, 4, 7, 8, 12].map(allowedTypos)).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
