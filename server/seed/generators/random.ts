/**
 * A small, fast, seeded pseudo-random generator for reproducible seed data (sfc32, seeded through
 * splitmix32). Not for anything security-related.
 */

export type Weighted<T> = { readonly value: T; readonly weight: number };

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** A uniformly chosen element (the list must not be empty). */
  pick<T>(items: readonly T[]): T;
  /**
   * An element chosen with probability proportional to its weight. The cumulative weights of a
   * list are cached per array, so pass the same (unchanged) array each time for speed.
   */
  weightedPick<T>(items: readonly Weighted<T>[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
};

/** splitmix32 step: spreads a 32-bit seed into well-mixed state words. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const cumulativeCache = new WeakMap<readonly Weighted<unknown>[], Float64Array>();

function cumulativeWeights(items: readonly Weighted<unknown>[]): Float64Array {
  let cumulative = cumulativeCache.get(items);
  if (cumulative === undefined || cumulative.length !== items.length) {
    cumulative = new Float64Array(items.length);
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const weight = (items[i] as Weighted<unknown>).weight;
      if (!(weight >= 0) || !Number.isFinite(weight))
        throw new RangeError(`invalid weight at ${i}: ${weight}`);
      total += weight;
      cumulative[i] = total;
    }
    if (!(total > 0)) throw new RangeError('weightedPick needs at least one positive weight');
    cumulativeCache.set(items, cumulative);
  }
  return cumulative;
}

/** A deterministic generator: the same seed always gives the same sequence. */
export function createRandom(seed: number): Random {
  const init = { s: Math.trunc(seed) | 0 };
  let a = splitmix32(init);
  let b = splitmix32(init);
  let c = splitmix32(init);
  let d = splitmix32(init);

  const nextUint32 = (): number => {
    // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator).
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so that nearby seeds diverge immediately.
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / 4294967296;

  const int = (maxExclusive: number): number => {
    if (!(maxExclusive >= 1)) throw new RangeError(`int() needs a bound of at least 1, got ${maxExclusive}`);
    return Math.floor(next() * maxExclusive);
  };

  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[int(items.length)] as T;
    },
    weightedPick<T>(items: readonly Weighted<T>[]): T {
      if (items.length === 0) throw new RangeError('weightedPick() from an empty list');
      const cumulative = cumulativeWeights(items);
      const target = next() * (cumulative[cumulative.length - 1] as number);
      // First index whose cumulative weight exceeds the target.
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return (items[lo] as Weighted<T>).value;
    },
    chance(p: number): boolean {
      return next() < p;
    },
  };
}
