import type { SeededRandom } from './seeded-random';

/**
 * Durations of the traffic model (handle time, caller patience), named by their mean as a call-center
 * planner states them. `lognormal` takes the coefficient of variation (standard deviation / mean),
 * `weibull` its shape k (k = 1 is the exponential; k < 1 callers who stay tend to stay longer).
 */
export type Duration =
  | { distribution: 'exponential'; meanSeconds: number }
  | { distribution: 'lognormal'; meanSeconds: number; cv: number }
  | { distribution: 'weibull'; meanSeconds: number; shape: number };

/** Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients: ~15 significant digits). */
export function gamma(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let sum = c[0] as number;
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (z + i);
  const t = z + 7.5;
  return Math.sqrt(2 * Math.PI) * t ** (z + 0.5) * Math.exp(-t) * sum;
}

/** A standard normal draw (Box–Muller; one of the pair is enough here). */
function standardNormal(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(random.open())) * Math.cos(2 * Math.PI * random.next());
}

/** One draw of the duration, in seconds (> 0). */
export function drawSeconds(duration: Duration, random: SeededRandom): number {
  switch (duration.distribution) {
    case 'exponential':
      return -duration.meanSeconds * Math.log(random.open());
    case 'lognormal': {
      const sigma2 = Math.log(1 + duration.cv * duration.cv);
      const mu = Math.log(duration.meanSeconds) - sigma2 / 2;
      return Math.exp(mu + Math.sqrt(sigma2) * standardNormal(random));
    }
    case 'weibull': {
      const scale = duration.meanSeconds / gamma(1 + 1 / duration.shape);
      return scale * (-Math.log(random.open())) ** (1 / duration.shape);
    }
  }
}
