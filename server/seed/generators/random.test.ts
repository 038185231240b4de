import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = createRandom(123);
    const b = createRandom(123);
    const c = createRandom(124);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('draws floats in [0, 1) and integers in range, roughly uniformly', () => {
    const rng = createRandom(1);
    const counts = new Array<number>(10).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = rng.next();
      if (!(x >= 0 && x < 1)) outOfRange++;
      const k = rng.int(10);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(outOfRange).toBe(0);
    expect(counts).toHaveLength(10);
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(600);
    expect(() => rng.int(0)).toThrow(RangeError);
  });

  it('picks, picks by weight and flips biased coins', () => {
    const rng = createRandom(99);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 100; i++) expect(items).toContain(rng.pick(items));
    expect(() => rng.pick([])).toThrow(RangeError);

    const weighted = [
      { value: 'rare', weight: 1 },
      { value: 'never', weight: 0 },
      { value: 'common', weight: 9 },
    ];
    const tally = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const v = rng.weightedPick(weighted);
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    expect(tally.get('never')).toBeUndefined();
    expect((tally.get('common') ?? 0) / 50_000).toBeCloseTo(0.9, 1);
    expect(() => rng.weightedPick([{ value: 1, weight: 0 }])).toThrow(RangeError);

    let heads = 0;
    for (let i = 0; i < 50_000; i++) if (rng.chance(0.3)) heads++;
    expect(heads / 50_000).toBeCloseTo(0.3, 1);
    expect(rng.chance(0)).toBe(false);
  });
});
