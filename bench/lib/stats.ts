import { percentile, sortNumbers } from './figures';

export interface Summary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: ArrayLike<number>): Summary {
  const sorted = sortNumbers(Array.from(values));
  const n = sorted.length;
  const mean = n ? sorted.reduce((sum, v) => sum + v, 0) / n : Number.NaN;
  return {
    n,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: n ? (sorted[n - 1] as number) : Number.NaN,
    mean,
  };
}

export const ms = (value: number, digits = 3) =>
  Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';

export const describe = (s: Summary) =>
  `n=${s.n} p50=${ms(s.p50)} p90=${ms(s.p90)} p99=${ms(s.p99)} max=${ms(s.max)} mean=${ms(s.mean)}`;
