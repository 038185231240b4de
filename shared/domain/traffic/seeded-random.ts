/**
 * A seeded pseudo-random generator for the traffic model (sfc32, seeded through splitmix32, as the
 * demo seed's generator): the same seed gives the same sequence on every machine and engine. Not for
 * anything security-related.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** A float in (0, 1): safe under a logarithm. */
  open(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
}

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export function seededRandom(seed: number): SeededRandom {
  const init = { s: Math.trunc(seed) | 0 };
  let a = splitmix32(init);
  let b = splitmix32(init);
  let c = splitmix32(init);
  let d = splitmix32(init);
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Nearby seeds diverge at once.
  for (let i = 0; i < 12; i++) nextUint32();
  const next = () => nextUint32() / 4294967296;
  return {
    next,
    open: () => (nextUint32() + 0.5) / 4294967296,
    int(maxExclusive: number) {
      if (!(maxExclusive >= 1))
        throw new RangeError(`int() needs a bound of at least 1, got ${maxExclusive}`);
      return Math.floor(next() * maxExclusive);
    },
  };
}

/**
 * One 32-bit seed from a seed and labels (FNV-1a over the text, then mixed): the day of seed 7 on
 * 2027-03-01 has its own stream, the same everywhere, unrelated to 2027-03-02's.
 */
export function deriveSeed(seed: number, ...labels: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const char of [String(seed), ...labels].join('\u0000')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return splitmix32({ s: hash });
}
