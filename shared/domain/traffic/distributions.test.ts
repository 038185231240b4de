import { describe, expect, it } from 'vitest';
import { drawSeconds, gamma, type Duration } from './distributions';
import { deriveSeed, seededRandom } from './seeded-random';

const meanOf = (duration: Duration, n: number, seed: number) => {
  const random = seededRandom(seed);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += drawSeconds(duration, random);
  return sum / n;
};

describe('durations of the traffic model', () => {
  it('computes Γ at known points', () => {
    expect(gamma(1)).toBeCloseTo(1, 12);
    expect(gamma(5)).toBeCloseTo(24, 9);
    expect(gamma(0.5)).toBeCloseTo(Math.sqrt(Math.PI), 12);
    expect(gamma(1.5)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 12);
  });

  it.each<Duration>([
    { distribution: 'exponential', meanSeconds: 150 },
    { distribution: 'lognormal', meanSeconds: 360, cv: 0.8 },
    { distribution: 'weibull', meanSeconds: 150, shape: 0.7 },
    { distribution: 'weibull', meanSeconds: 150, shape: 2 },
  ])('draws $distribution with its stated mean', (duration) => {
    // 40,000 draws: the standard error of the mean is under 1% for these shapes; 4% is far beyond it.
    const ratio = meanOf(duration, 40_000, 17) / duration.meanSeconds;
    expect(ratio).toBeGreaterThan(0.96);
    expect(ratio).toBeLessThan(1.04);
  });

  it('spreads a lognormal with the stated coefficient of variation', () => {
    const random = seededRandom(4);
    const xs = Array.from({ length: 40_000 }, () =>
      drawSeconds({ distribution: 'lognormal', meanSeconds: 360, cv: 0.8 }, random),
    );
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    expect(sd / mean).toBeGreaterThan(0.72);
    expect(sd / mean).toBeLessThan(0.88);
  });
});

describe('the seeded generator', () => {
  it('repeats a seed’s sequence and separates labels', () => {
    const a = seededRandom(deriveSeed(7, '2027-03-01'));
    const b = seededRandom(deriveSeed(7, '2027-03-01'));
    expect([a.next(), a.next(), a.int(10)]).toEqual([b.next(), b.next(), b.int(10)]);
    expect(deriveSeed(7, '2027-03-01')).not.toBe(deriveSeed(7, '2027-03-02'));
    expect(deriveSeed(7, 'a', 'bc')).not.toBe(deriveSeed(7, 'ab', 'c'));
  });

  it('stays in [0, 1) and (0, 1)', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 10_000; i++) {
      const x = random.next();
      const y = random.open();
      expect(x >= 0 && x < 1 && y > 0 && y < 1).toBe(true);
    }
  });
});
